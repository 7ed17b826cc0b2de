using System;
using System.IO;
using System.Text;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Reads a source file's bytes, and decides whether text is text at all, before any parsing: empty, binary
/// and non-UTF-8 files are refused with a message that names the file (and the line, for bad UTF-8).
/// </summary>
internal static class SourceReader
{
    /// <summary>No resolution document comes near this (the longest PDFs have a few megabytes); a larger file is almost surely not one.</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    /// <summary>Reads the bytes of <paramref name="path"/>, or returns the error that stops the import.</summary>
    public static (byte[]? Bytes, ImportDiagnostic? Error) ReadBytes(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return (null, ImportDiagnostic.FileError(path, ImportIds.Unreadable, "This is a folder with no .xml, .txt or .md file to import"));
            }

            if (!info.Exists)
            {
                return (null, ImportDiagnostic.FileError(path, ImportIds.Unreadable, "The file does not exist"));
            }

            if (info.Length > MaxBytes)
            {
                return (null, ImportDiagnostic.FileError(path, ImportIds.Unreadable, $"The file has {info.Length} bytes, more than the {MaxBytes} a resolution document may have"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, ImportDiagnostic.FileError(path, ImportIds.Unreadable, "The file cannot be read: " + exception.Message));
        }

        return (bytes, null);
    }

    /// <summary>Turns bytes into text, refusing empty, binary and non-UTF-8 content.</summary>
    public static (string? Text, ImportDiagnostic? Error) Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            return (null, ImportDiagnostic.FileError(path, ImportIds.Binary, "The file is binary, not text; give the importer the text of a resolution"));
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            int line = LineOfFirstInvalidByte(bytes);
            return (null, new ImportDiagnostic(path, line, 1, ImportSeverity.Error, ImportIds.NotUtf8, "The file is not UTF-8 text; convert it to UTF-8 and import it again"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, ImportDiagnostic.FileError(path, ImportIds.Empty, "The file is empty"));
        }

        return (text, null);
    }

    // A NUL byte never occurs in text; other control characters are tolerated in small numbers (form feeds from PDF tools).
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return sample > 0 && controls * 20 > sample;
    }

    private static int LineOfFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        int line = 1;
        int i = 0;
        while (i < bytes.Length)
        {
            System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return line;
            }

            if (bytes[i] == (byte)'\n')
            {
                line++;
            }

            i += consumed;
        }

        return line;
    }
}
