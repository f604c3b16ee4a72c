// Writes the generated wire code from docs/schemas: dotnet run --project build/WireGen -- <repository root>
using Totvs.Ecommerce.WireGen;

var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
foreach (var (path, text) in WireGenerator.Generate(root))
{
    File.WriteAllText(Path.Combine(root, path), text);
    Console.WriteLine($"wrote {path}");
}
