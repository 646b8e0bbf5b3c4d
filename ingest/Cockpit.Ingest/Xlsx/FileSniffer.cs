using System.Text;
using Cockpit.Ingest.Problems;

namespace Cockpit.Ingest.Xlsx;

/// <summary>Tells from a file's first bytes what it is when it is not an .xlsx, so the message can say what to do.</summary>
internal static class FileSniffer
{
    private static readonly byte[] Zip = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    /// <summary>Null when the file starts like a zip package; otherwise why it is not a workbook.</summary>
    public static ProblemCode? Check(Stream stream)
    {
        var head = new byte[8192];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var span = head.AsSpan(0, length);
        if (length == 0) return ProblemCode.EmptyWorkbook;
        if (span.StartsWith(Zip)) return null;
        if (span.StartsWith(Pdf)) return ProblemCode.NotWorkbookPdf;
        if (span.StartsWith(Ole2))
            return IsEncryptedPackage(stream) ? ProblemCode.PasswordProtected : ProblemCode.OldXls;
        return LooksLikeText(span) ? ProblemCode.NotWorkbookText : ProblemCode.NotWorkbook;
    }

    // A password-protected .xlsx is an OLE2 compound file holding an "EncryptionInfo" stream (names are UTF-16).
    private static bool IsEncryptedPackage(Stream stream)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[Math.Min(stream.Length, 4 << 20)];
        stream.ReadExactly(buffer);
        stream.Position = 0;
        return buffer.AsSpan().IndexOf(marker) >= 0;
    }

    // Text in any 8-bit encoding (UTF-8, Windows-1252 CSV exports) has no control bytes but tabs and line ends.
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }
}
