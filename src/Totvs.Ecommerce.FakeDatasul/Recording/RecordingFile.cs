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
    private readonly string path;
    private readonly StreamWriter writer;
    private readonly Lock sync = new();
    private bool closed;

    private RecordingFile(string path, StreamWriter writer) => (this.path, this.writer) = (path, writer);

    public static RecordingFile Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        Directory.CreateDirectory(directory!);
        return new RecordingFile(path, new StreamWriter(path, append: false, new UTF8Encoding(false)) { AutoFlush = true });
    }

    /// <summary>
    /// Stops writing and passes once more over every exchange written (<paramref name="lastPass"/>), replacing the file
    /// atomically: a temporary file beside it, flushed, then renamed over it. A crash before the rename keeps the file as
    /// it was written, line by line.
    /// </summary>
    public void Complete(Func<RecordingEntry, RecordingEntry> lastPass)
    {
        lock (sync)
        {
            if (closed)
            {
                return;
            }

            closed = true;
            writer.Dispose();
        }

        var entries = Read(path);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var rewritten = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            foreach (var entry in entries)
            {
                rewritten.WriteLine(JsonSerializer.Serialize(lastPass(entry), RecordingJsonContext.Default.RecordingEntry));
            }

            rewritten.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Append(RecordingEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, RecordingJsonContext.Default.RecordingEntry);
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(closed, this);
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

    public void Dispose()
    {
        lock (sync)
        {
            closed = true;
            writer.Dispose();
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RecordingEntry))]
internal sealed partial class RecordingJsonContext : JsonSerializerContext;
