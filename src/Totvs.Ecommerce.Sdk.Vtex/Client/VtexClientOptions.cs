namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Where a VTEX account is and how to sign in: the account name, the environment, and an app key and token (VTEX's
/// <c>X-VTEX-API-AppKey</c> / <c>X-VTEX-API-AppToken</c> headers). Bind it from configuration (<c>Vtex</c> by convention);
/// keep the token in a secret store. <see cref="ToString"/> never shows the token.
/// </summary>
public sealed class VtexClientOptions
{
    /// <summary>The VTEX account name, e.g. <c>minhaloja</c>. Required.</summary>
    public string? Account { get; set; }

    /// <summary>The environment of the account's host, <c>{account}.{environment}.com.br</c>.</summary>
    /// <value>Defaults to <c>vtexcommercestable</c>.</value>
    public string Environment { get; set; } = "vtexcommercestable";

    /// <summary>The app key (<c>X-VTEX-API-AppKey</c>). Required.</summary>
    public string? AppKey { get; set; }

    /// <summary>The app token (<c>X-VTEX-API-AppToken</c>). Required; never logged.</summary>
    public string? AppToken { get; set; }

    /// <summary>
    /// The account's host for the catalog, logistics and orders APIs; <c>https://{Account}.{Environment}.com.br</c> when
    /// <see langword="null"/>. Set it for a proxy, or a fake VTEX in tests.
    /// </summary>
    public Uri? AccountAddress { get; set; }

    /// <summary>The pricing API's base; <c>https://api.vtex.com/{Account}</c> when <see langword="null"/>.</summary>
    public Uri? PricingAddress { get; set; }

    /// <summary>The largest answer read; a larger one fails instead of filling memory.</summary>
    /// <value>Defaults to 16 MiB.</value>
    public long MaxResponseBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Where the catalog, logistics and orders APIs are.</summary>
    internal Uri AccountBase => WithSlash(AccountAddress ?? new Uri($"https://{Account}.{Environment}.com.br/"));

    /// <summary>Where the pricing API is.</summary>
    internal Uri PricingBase => WithSlash(PricingAddress ?? new Uri($"https://api.vtex.com/{Account}/"));

    private static Uri WithSlash(Uri address) => address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

    /// <summary>Every setting that is wrong, named with what to put there; empty when the options can be used.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (AccountAddress is null && string.IsNullOrWhiteSpace(Account))
        {
            problems.Add("Vtex:Account is required: the account name, as in https://{account}.vtexcommercestable.com.br.");
        }

        if (string.IsNullOrWhiteSpace(AppKey) || string.IsNullOrWhiteSpace(AppToken))
        {
            problems.Add("Vtex:AppKey and Vtex:AppToken are required: create an application key in the VTEX admin (Account settings > Application keys).");
        }

        if (MaxResponseBodyBytes < 64 * 1024)
        {
            problems.Add("Vtex:MaxResponseBodyBytes must be at least 65536.");
        }

        return problems;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"VtexClientOptions {{ Account = {Account}, Environment = {Environment}, AppKey = {AppKey}, AppToken = {(string.IsNullOrEmpty(AppToken) ? "(not set)" : "(set)")}, AccountAddress = {AccountAddress}, PricingAddress = {PricingAddress} }}";
}
