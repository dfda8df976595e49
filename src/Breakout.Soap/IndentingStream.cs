namespace Breakout.Soap;

/// <summary>
/// Writes through to another stream, turning every carriage return into a line feed and an indentation: an
/// <see cref="System.Xml.XmlWriter"/> indenting a fragment from depth 0 with carriage returns as its new lines then
/// produces the lines it would have produced at a deeper level. Only valid for writers that entitize carriage returns
/// in content (<see cref="System.Xml.NewLineHandling.Entitize"/>), so that every one written is indentation.
/// </summary>
/// <param name="inner">Where the bytes go; <see cref="Begin"/> points it elsewhere.</param>
internal sealed class IndentingStream(Stream inner, byte[] indentation) : Stream
{
    private bool skipNewLine;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Sends the next bytes to <paramref name="target"/>; when <paramref name="afterFragment"/>, the new line the writer
    /// puts between two top-level fragments is left out, so a fragment reads as the first one of a new writer would.
    /// </summary>
    public void Begin(Stream target, bool afterFragment)
    {
        inner = target;
        skipNewLine = afterFragment;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (skipNewLine && !buffer.IsEmpty)
        {
            skipNewLine = false;
            if (buffer[0] == (byte)'\r')
            {
                buffer = buffer[1..];
            }
        }

        int newLine;
        while ((newLine = buffer.IndexOf((byte)'\r')) >= 0)
        {
            inner.Write(buffer[..newLine]);
            inner.WriteByte((byte)'\n');
            inner.Write(indentation);
            buffer = buffer[(newLine + 1)..];
        }

        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
