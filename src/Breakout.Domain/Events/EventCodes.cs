namespace Breakout.Domain.Events;

/// <summary>
/// Event codes Breakout gives the events it creates (CreateNoRegEvent, CopyEvent): <c>EventParameters</c> has no code,
/// so Cvent draws one itself. Ten characters of Crockford's base-32 alphabet (no I, L, O, U), taken from the event's
/// new ID, so a code is as unlikely to repeat as the ID and the same ID always gives the same code.
/// </summary>
public static class EventCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string FromId(CventId id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.Value.TryWriteBytes(bytes);
        ulong bits = 0;
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | (byte)(bytes[i] ^ bytes[15 - i]);
        }

        Span<char> code = stackalloc char[10];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(code);
    }
}
