namespace Breakout.Domain.Contacts;

/// <summary>Which of the three contact writes a call is.</summary>
public enum ContactWriteMode
{
    /// <summary>CreateContact: new contacts only (CV40104 when the key exists).</summary>
    Create,

    /// <summary>UpdateContact: existing contacts by <c>Id</c> only.</summary>
    Update,

    /// <summary>UpsertContact: by <c>Id</c> if given, else by key; updates a match, creates otherwise.</summary>
    Upsert,
}
