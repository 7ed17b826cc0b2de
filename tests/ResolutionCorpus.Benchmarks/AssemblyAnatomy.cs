using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// Where a compiled corpus's bytes go: the data blocks (text and layouts), the IL of its members, and each
/// metadata table and heap, summed over the assemblies given, with the number of classes that carry a
/// <c>Citation</c> (a paragraph, point or division each). Prints one tab-separated line per share.
/// </summary>
internal static class AssemblyAnatomy
{
    public static void Print(IEnumerable<string> assemblies)
    {
        var shares = new Dictionary<string, long>(StringComparer.Ordinal);
        long files = 0;
        long cited = 0;
        foreach (string path in assemblies)
        {
            files += new FileInfo(path).Length;
            using var pe = new PEReader(File.OpenRead(path));
            MetadataReader metadata = pe.GetMetadataReader();
            Add(shares, "data blocks (text and layouts)", DataBlocks(metadata));
            Add(shares, "IL of the members", MethodBodies(pe, metadata));
            foreach (TableIndex table in Enum.GetValues<TableIndex>())
            {
                Add(shares, $"table {table}", (long)metadata.GetTableRowCount(table) * metadata.GetTableRowSize(table));
            }

            foreach (HeapIndex heap in Enum.GetValues<HeapIndex>())
            {
                Add(shares, $"heap {heap}", metadata.GetHeapSize(heap));
            }

            cited += metadata.FieldDefinitions.Count(field => metadata.StringComparer.Equals(metadata.GetFieldDefinition(field).Name, "Citation"));
        }

        Console.WriteLine(string.Join('\t', "file", files.ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Join('\t', "classes with a citation", cited.ToString(CultureInfo.InvariantCulture)));
        foreach (var (name, bytes) in shares.Where(share => share.Value > 0).OrderByDescending(share => share.Value))
        {
            Console.WriteLine(string.Join('\t', name, bytes.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static void Add(Dictionary<string, long> shares, string name, long bytes) =>
        shares[name] = shares.GetValueOrDefault(name) + bytes;

    // Each block is a field with an RVA, typed by a struct whose layout gives its size.
    private static long DataBlocks(MetadataReader metadata)
    {
        long bytes = 0;
        foreach (FieldDefinitionHandle handle in metadata.FieldDefinitions)
        {
            FieldDefinition field = metadata.GetFieldDefinition(handle);
            if (field.GetRelativeVirtualAddress() == 0)
            {
                continue;
            }

            BlobReader signature = metadata.GetBlobReader(field.Signature);
            signature.ReadSignatureHeader();
            SignatureTypeCode code = signature.ReadSignatureTypeCode();
            bytes += code switch
            {
                SignatureTypeCode.Byte or SignatureTypeCode.SByte => 1,
                SignatureTypeCode.Int16 or SignatureTypeCode.UInt16 => 2,
                SignatureTypeCode.Int32 or SignatureTypeCode.UInt32 => 4,
                SignatureTypeCode.Int64 or SignatureTypeCode.UInt64 => 8,
                _ => metadata.GetTypeDefinition((TypeDefinitionHandle)signature.ReadTypeHandle()).GetLayout().Size,
            };
        }

        return bytes;
    }

    private static long MethodBodies(PEReader pe, MetadataReader metadata) =>
        metadata.MethodDefinitions
            .Select(metadata.GetMethodDefinition)
            .Where(method => method.RelativeVirtualAddress != 0)
            .Sum(method => (long)pe.GetMethodBody(method.RelativeVirtualAddress).Size);
}
