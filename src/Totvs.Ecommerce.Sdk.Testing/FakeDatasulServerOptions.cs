using Totvs.Ecommerce.Sdk.Testing.Pacing;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>How a <see cref="FakeDatasulServer"/> behaves: its clock, its routes and its credentials.</summary>
public sealed class FakeDatasulServerOptions
{
    /// <summary>The ERP's clock: stamps <c>lastUpdate</c> and expires tokens. Use a fake clock in tests.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The path under which resources are served.</summary>
    /// <value>Defaults to <see cref="TotvsEcommerceOptions.DefaultPathPrefix"/>.</value>
    public string PathPrefix { get; set; } = TotvsEcommerceOptions.DefaultPathPrefix;

    /// <summary>The route of each resource, relative to <see cref="PathPrefix"/>; the same table the client uses.</summary>
    public TotvsRouteTable Routes { get; set; } = new();

    /// <summary>The IANA zone the server's local times (<c>lastUpdate</c>) are in.</summary>
    /// <value>Defaults to <c>America/Sao_Paulo</c>.</value>
    public string ServerTimeZone { get; set; } = TotvsEcommerceOptions.DefaultServerTimeZone;

    /// <summary>The OAuth2 token endpoint path.</summary>
    /// <value>Defaults to <see cref="TotvsAuthenticationOptions.DefaultTokenPath"/>.</value>
    public string TokenPath { get; set; } = TotvsAuthenticationOptions.DefaultTokenPath;

    /// <summary>How long an issued access token lives.</summary>
    /// <value>Defaults to 30 minutes.</value>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether the server accepts <see cref="FakeDatasulServer.DefaultUsername"/>/<see cref="FakeDatasulServer.DefaultPassword"/>
    /// and <see cref="FakeDatasulServer.DefaultClientId"/>/<see cref="FakeDatasulServer.DefaultClientSecret"/> from the start.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool AcceptDefaultCredentials { get; set; } = true;

    /// <summary>
    /// The status the server answers an unknown <c>storeCode</c> with, always with the code <c>STORE_NOT_FOUND</c>:
    /// Datasul releases differ (400 or 404), and a client must raise on both rather than read an empty list.
    /// </summary>
    /// <value>Defaults to 400; 404 is the other value releases use.</value>
    public int UnknownStoreStatusCode { get; set; } = 400;

    /// <summary>
    /// Whether ordersPublic and customerPublic answer a list that matches nothing with <c>404</c> and a
    /// <c>NOT_FOUND</c> body, as the documented Mensagem Padronizada lists may, instead of an empty page.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool AnswerEmptySalesListsWith404 { get; set; }

    /// <summary>The ERP's pace at start (see <see cref="FakeDatasulServer.Capacity"/>).</summary>
    /// <value>Defaults to <see cref="FakeErpCapacity.Unlimited"/>: no delay, no limit.</value>
    public FakeErpCapacity Capacity { get; set; } = FakeErpCapacity.Unlimited;
}
