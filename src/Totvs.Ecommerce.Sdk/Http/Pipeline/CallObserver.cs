namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// Who watches the calls of the current async flow (the order batch's adaptive limit watches each order's calls). Set
/// inside an async method, it covers the calls that method makes and is gone when it returns.
/// </summary>
internal static class CallObserver
{
    private static readonly AsyncLocal<Action<ObservedCall>?> Watcher = new();

    /// <summary>The watcher of this flow, or <see langword="null"/>: the transport then reports nothing.</summary>
    public static Action<ObservedCall>? Current
    {
        get => Watcher.Value;
        set => Watcher.Value = value;
    }
}
