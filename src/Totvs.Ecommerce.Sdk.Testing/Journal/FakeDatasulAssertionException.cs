namespace Totvs.Ecommerce.Sdk.Testing.Journal;

/// <summary>A journal assertion failed; the message shows what was expected and every request the server received.</summary>
public sealed class FakeDatasulAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected, what happened, and the journal.</param>
    public FakeDatasulAssertionException(string message)
        : base(message)
    {
    }
}
