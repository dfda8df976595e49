using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Invitees;

namespace Breakout.Storage;

/// <summary>
/// Custom field definitions and the writes around invitees and guests (issue #18): CreateCustomField,
/// UpdateCustomField, UpdateGuestInfo, UpdateInviteeInternalInfo and UpdateRegistrationType. Each call is one
/// transaction, durable when the task completes, with one result per item in order; every change is recorded field
/// by field (<see cref="ListFieldChangesAsync"/>) and moves the modification time GetUpdated reads.
/// </summary>
public interface IFieldsAndInvitees
{
    /// <summary>CreateCustomField or UpdateCustomField; a created field's ID is its result's <c>Id</c>.</summary>
    Task<IReadOnlyList<ItemResult>> SaveCustomFieldsAsync(SaveCustomFieldsCommand command, CancellationToken cancellationToken = default);

    /// <summary>The account's custom fields of a category (<c>ContactCustomField</c> …), with their choices, in code order.</summary>
    Task<IReadOnlyList<CustomFieldDefinition>> ListCustomFieldsAsync(long accountKey, string category, CancellationToken cancellationToken = default);

    /// <summary>UpdateGuestInfo: the guests' own fields and their custom field values.</summary>
    Task<IReadOnlyList<ItemResult>> UpdateGuestsAsync(UpdateGuestsCommand command, CancellationToken cancellationToken = default);

    /// <summary>UpdateInviteeInternalInfo: answers to internal information questions (and the invitee's internal note).</summary>
    Task<IReadOnlyList<ItemResult>> UpdateInternalInfoAsync(UpdateInternalInfoCommand command, CancellationToken cancellationToken = default);

    /// <summary>
    /// UpdateRegistrationType: assigns registration types under their capacity, registering the invitee for the
    /// sessions the new type includes and releasing those only the old type included.
    /// </summary>
    Task<IReadOnlyList<ItemResult>> UpdateRegistrationTypesAsync(UpdateRegistrationTypesCommand command, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates (by ID) registration types of events; Cvent's API has no call for this, the catalogue import and the demo data do.</summary>
    Task SaveRegistrationTypesAsync(long accountKey, IReadOnlyList<RegistrationTypeRecord> types, CancellationToken cancellationToken = default);

    /// <summary>The recorded changes of one object (by type and ID), oldest first.</summary>
    Task<IReadOnlyList<FieldChangeRecord>> ListFieldChangesAsync(long accountKey, string objectType, CventId id, CancellationToken cancellationToken = default);
}
