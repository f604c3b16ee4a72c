using System.Text;
using System.Text.RegularExpressions;

namespace Totvs.Ecommerce.Sdk.Tests.Reliability;

/// <summary>Ways to break a valid JSON answer, chosen by a seeded generator so a failure can be replayed.</summary>
internal static partial class Mutations
{
    private static readonly string[] Replacements =
        ["null", "\"\"", "\"zzz-unknown\"", "-1", "0", "1e400", "99999999999999999999999999999999", "true", "[]", "{}", "\"9999-99-99\"", "\"2026-13-45T99:99:99Z\""];

    public static byte[] Apply(byte[] valid, Random random, int index)
    {
        var text = Encoding.UTF8.GetString(valid);
        return (index % 8) switch
        {
            0 => valid[..random.Next(valid.Length)],
            1 => Encoding.UTF8.GetBytes(ReplaceValue(text, random, Replacements[random.Next(Replacements.Length)])),
            2 => Encoding.UTF8.GetBytes(ReplaceValue(text, random, "null")),
            3 => Encoding.UTF8.GetBytes(ReplaceValue(text, random, random.Next(2) == 0 ? "1e400" : new string('9', 400))),
            4 => Encoding.UTF8.GetBytes(ReplaceValue(text, random, new string('[', 2000) + new string(']', 2000))),
            5 => InvalidUtf8(valid, random),
            6 => Flip(valid, random),
            _ => Encoding.UTF8.GetBytes(ReplaceValue(text, random, "{\"nested\":" + ReplaceValue(text, random, "\"x\"") + "}")),
        };
    }

    private static string ReplaceValue(string text, Random random, string replacement)
    {
        var values = Value().Matches(text);
        if (values.Count == 0)
        {
            return replacement;
        }

        var value = values[random.Next(values.Count)].Groups["value"];
        return string.Concat(text.AsSpan(0, value.Index), replacement, text.AsSpan(value.Index + value.Length));
    }

    private static byte[] InvalidUtf8(byte[] valid, Random random)
    {
        var bytes = valid.ToList();
        bytes.InsertRange(random.Next(bytes.Count), [0xC3, 0x28, 0xFF]);
        return [.. bytes];
    }

    private static byte[] Flip(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        for (var i = 0; i < 3; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    [GeneratedRegex("\"[A-Za-z]+\":(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.eE+]+|true|false|null|\\{|\\[)")]
    private static partial Regex Value();
}
