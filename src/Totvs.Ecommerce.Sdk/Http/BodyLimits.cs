namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>How much of an answer the SDK reads, and for how long (<see cref="TotvsEcommerceOptions.MaxResponseBodyBytes"/>, <see cref="TotvsEcommerceOptions.ResponseReadTimeout"/>).</summary>
internal sealed record BodyLimits(long MaxBytes, TimeSpan ReadTimeout, TimeProvider TimeProvider)
{
    public static BodyLimits From(TotvsEcommerceOptions options, TimeProvider timeProvider) =>
        new(options.MaxResponseBodyBytes, options.ResponseReadTimeout, timeProvider);
}
