namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>An answer read whole from Datasul: its status and body.</summary>
internal readonly record struct TotvsHttpAnswer(int StatusCode, ReadOnlyMemory<byte> Body)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Throws the SDK exception that fits a failed answer; does nothing on success.</summary>
    public void ThrowIfFailed(string method, string path)
    {
        if (!IsSuccess)
        {
            throw TotvsExceptionFactory.FromResponse(method, path, StatusCode, ErrorBodyReader.TryRead(Body.Span));
        }
    }
}
