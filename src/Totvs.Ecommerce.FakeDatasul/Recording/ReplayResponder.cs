using System.Text;
using Microsoft.AspNetCore.Http;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// Replay mode: answers each request with a recorded answer to the same method, path and query (as <see cref="ReplayKey"/>
/// compares them) — the recorded ones in turn, the last one again once they are used up (a poll that repeats).
/// Credentials are not checked: the recording holds none. A request never recorded is a 404 that says so.
/// </summary>
internal sealed class ReplayResponder
{
    private readonly Dictionary<string, Queue<RecordingEntry>> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordingEntry> last = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    public ReplayResponder(IReadOnlyList<RecordingEntry> entries)
    {
        foreach (var entry in entries)
        {
            var key = ReplayKey.Of(entry.Method, entry.Path, entry.Query);
            if (!pending.TryGetValue(key, out var queue))
            {
                pending[key] = queue = new Queue<RecordingEntry>();
            }

            queue.Enqueue(entry);
            last[key] = entry;
        }
    }

    public int Count => last.Count;

    public async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        var key = ReplayKey.Of(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty);
        RecordingEntry? entry;
        lock (sync)
        {
            entry = pending.TryGetValue(key, out var queue) && queue.Count > 0 ? queue.Dequeue() : last.GetValueOrDefault(key);
        }

        if (entry is null)
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(
                $$"""{"code":"REPLAY_NO_MATCH","message":"{{context.Request.Method}} {{path}} with this query is not in the recording. Personal values are recorded scrubbed: ask with the values the replay answered."}""",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = entry.Status;
        if (entry.ContentType is not null)
        {
            context.Response.ContentType = entry.ContentType;
        }

        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(entry.ResponseBody), context.RequestAborted).ConfigureAwait(false);
    }
}
