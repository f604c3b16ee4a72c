using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Totvs.Ecommerce.Sdk.Tests.Hostile;

/// <summary>
/// A deliberately misbehaving HTTP/1.1 server of the tests' own on 127.0.0.1 (not the fake Datasul, which is
/// well-behaved by design): each test scripts the raw bytes of its answers — huge, trickling, endless, redirecting or
/// lying. Bounded: it serves at most <see cref="MaxConnections"/> connections and stops when disposed.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private const int MaxConnections = 500;
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Func<HostileRequest, Stream, CancellationToken, Task> answer;
    private readonly Task accepting;
    private readonly List<HostileRequest> requests = [];

    public HostileServer(Func<HostileRequest, Stream, CancellationToken, Task> answer)
    {
        this.answer = answer;
        listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<HostileRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Bytes of answer bodies the server managed to write (a client that stops reading stops this count).</summary>
    public long BytesWritten => Interlocked.Read(ref bytesWritten);

    private long bytesWritten;

    /// <summary>Writes an answer's head.</summary>
    public static Task WriteHeadAsync(Stream stream, int status, string headers, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} X\r\n{headers}Connection: close\r\n\r\n"), cancellationToken).AsTask();

    /// <summary>A whole JSON answer.</summary>
    public static async Task WriteJsonAsync(Stream stream, int status, string json, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await WriteHeadAsync(stream, status, $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n", cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
    }

    /// <summary>Writes <paramref name="count"/> bytes of <paramref name="chunk"/> repeated, counting what got through.</summary>
    public async Task WriteRepeatedAsync(Stream stream, byte[] chunk, long count, CancellationToken cancellationToken)
    {
        for (long written = 0; written < count; written += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, count - written)), cancellationToken);
            Interlocked.Add(ref bytesWritten, chunk.Length);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopped
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var served = new List<Task>();
        for (var i = 0; i < MaxConnections && !stopping.IsCancellationRequested; i++)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            served.Add(ServeAsync(client));
        }

        await Task.WhenAll(served);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var owned = client;
        var stream = client.GetStream();
        try
        {
            var request = await HostileRequest.ReadAsync(stream, stopping.Token);
            if (request is null)
            {
                return;
            }

            lock (requests)
            {
                requests.Add(request);
            }

            await answer(request, stream, stopping.Token);
            await stream.FlushAsync(stopping.Token);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (as a bounded client should), or the server is stopping.
        }
    }
}
