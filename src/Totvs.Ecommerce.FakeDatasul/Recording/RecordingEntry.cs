namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// One request to the real ERP and its answer, scrubbed: no header is kept (credentials travel there), and every secret
/// and personal value of the bodies and the query is replaced (see <see cref="Sanitizer"/>).
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, from the first slash.</param>
/// <param name="Query">The query string with its <c>?</c>, or empty.</param>
/// <param name="RequestBody">The request's body as text, or <see langword="null"/>.</param>
/// <param name="Status">The answer's status.</param>
/// <param name="ContentType">The answer's content type, or <see langword="null"/>.</param>
/// <param name="ResponseBody">The answer's body as text.</param>
internal sealed record RecordingEntry(string Method, string Path, string Query, string? RequestBody, int Status, string? ContentType, string ResponseBody);
