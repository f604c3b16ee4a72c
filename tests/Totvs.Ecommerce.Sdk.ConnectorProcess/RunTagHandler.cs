namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>Names the replica and pull run in each request's <c>User-Agent</c>, so the fake's journal shows who pulled when.</summary>
internal sealed class RunTagHandler : DelegatingHandler
{
    public static readonly AsyncLocal<string?> Tag = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Tag.Value is { } tag)
        {
            request.Headers.UserAgent.Clear();
            request.Headers.TryAddWithoutValidation("User-Agent", tag);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
