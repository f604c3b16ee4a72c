using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Totvs.Ecommerce.FakeDatasul.Recording;

/// <summary>
/// A recording on disk: JSON Lines, one scrubbed <see cref="RecordingEntry"/> per line, appended and flushed as each
/// answer arrives, so a recorder that dies keeps every exchange before it.
/// </summary>
internal sealed class RecordingFile : IDisposable
{
    private readonly StreamWriter writer;
    private readonly Lock sync = new();

    private RecordingFile(StreamWriter writer) => this.writer = writer;

    public static RecordingFile Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        Directory.CreateDirectory(directory!);
        return new RecordingFile(new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true });
    }

    public void Append(RecordingEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, RecordingJsonContext.Default.RecordingEntry);
        lock (sync)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Every entry of a recording, in order.</summary>
    /// <exception cref="ArgumentException">The file cannot be read or a line is not an entry; the message names the line.</exception>
    public static IReadOnlyList<RecordingEntry> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"Recording {path} cannot be read: {ex.Message}", ex);
        }

        var entries = new List<RecordingEntry>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                entries.Add(JsonSerializer.Deserialize(lines[i], RecordingJsonContext.Default.RecordingEntry)
                    ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new ArgumentException($"Recording {path}, line {i + 1}, is not a recorded exchange: {ex.Message}", ex);
            }
        }

        return entries;
    }

    public void Dispose() => writer.Dispose();
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RecordingEntry))]
internal sealed partial class RecordingJsonContext : JsonSerializerContext;
