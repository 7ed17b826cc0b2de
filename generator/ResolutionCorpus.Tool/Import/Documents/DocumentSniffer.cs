using System;
using System.IO;
using System.IO.Compression;

namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>Tells PDF, Word, legacy Office and Rich Text files from text by their signatures.</summary>
internal static class DocumentSniffer
{
    // PDF writers may put a few bytes (a BOM, a mail header) before the signature; readers look in the first kilobyte.
    private const int PdfSignatureWindow = 1024;

    /// <summary>The kind of document <paramref name="bytes"/> hold.</summary>
    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes[..Math.Min(bytes.Length, PdfSignatureWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return DocumentKind.LegacyOffice;
        }

        // Word saves Rich Text Format under a .doc name too.
        if (bytes.StartsWith("{\\rtf"u8))
        {
            return DocumentKind.RichText;
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return IsWordPackage(bytes.ToArray()) ? DocumentKind.Word : DocumentKind.OtherZip;
        }

        return DocumentKind.Text;
    }

    private static bool IsWordPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
