namespace Totvs.Ecommerce.Sdk.ConnectorProcess;

/// <summary>Progress lines on standard output, one at a time, flushed at once (the tests count them to choose when to kill).</summary>
internal sealed class Output
{
    private readonly Lock gate = new();

    public void Line(string text)
    {
        lock (gate)
        {
            Console.Out.WriteLine(text);
            Console.Out.Flush();
        }
    }
}
