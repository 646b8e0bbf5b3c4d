using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Cockpit.Model.Forecasts;

/// <summary>
/// A 128-bit digest of an identity key, so that sets of goals and metrics cost 16 bytes an entry
/// however long their texts are (a load keeps one per metric row to spot collisions).
/// </summary>
public static class KeyHash
{
    public static UInt128 Of(string key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
