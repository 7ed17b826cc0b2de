using System;
using System.IO;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>
/// Writes a file so that readers see either the old file or the whole new one, never half of it: the bytes go to
/// a temporary file in the same folder (same volume, so the move is a rename), which then replaces the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; without <paramref name="overwrite"/>, an existing file is an <see cref="IOException"/>.</summary>
    public static void Write(string path, byte[] bytes, bool overwrite)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
