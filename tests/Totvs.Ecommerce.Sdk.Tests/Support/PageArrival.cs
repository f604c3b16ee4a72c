using System.Globalization;
using Totvs.Ecommerce.Sdk.Testing;

namespace Totvs.Ecommerce.Sdk.Tests.Support;

/// <summary>Watches a fake server for the request of one page (a fault rule that never hits, only watches): no polling, no sleeping.</summary>
public static class PageArrival
{
    /// <summary>Completes when <paramref name="server"/> receives <c>GET route?page=N</c>.</summary>
    public static Task Of(FakeDatasulServer server, string route, int page)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var text = page.ToString(CultureInfo.InvariantCulture);
        server.Faults.On("GET", route).Always()
            .When(request =>
            {
                if (request.QueryValue("page") == text)
                {
                    arrived.TrySetResult();
                }

                return false;
            })
            .RespondWithStatus(500);
        return arrived.Task;
    }
}
