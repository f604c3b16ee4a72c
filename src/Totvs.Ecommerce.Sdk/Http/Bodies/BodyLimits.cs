namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>How much of an answer the SDK reads, and for how long (<see cref="TotvsEcommerceOptions.MaxResponseBodyBytes"/>, <see cref="TotvsEcommerceOptions.ResponseReadTimeout"/>).</summary>
internal sealed record BodyLimits(long MaxBytes, TimeSpan ReadTimeout, TimeProvider TimeProvider)
{
    /// <summary>The largest error answer read: an error body is a code and a few messages, never megabytes.</summary>
    public const long MaxErrorBytes = 1024 * 1024;

    /// <summary>The limits for an answer of <paramref name="status"/>: an error (3xx and above) is held to <see cref="MaxErrorBytes"/>.</summary>
    public BodyLimits For(int status) => status >= 300 && MaxBytes > MaxErrorBytes ? this with { MaxBytes = MaxErrorBytes } : this;

    public static BodyLimits From(TotvsEcommerceOptions options, TimeProvider timeProvider) =>
        new(options.MaxResponseBodyBytes, options.ResponseReadTimeout, timeProvider);
}
