using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Invitees;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>
/// Issue #18 on every store: custom field definitions and values, guest information, internal information and
/// registration types, each change recorded, each invariant held under concurrent calls.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CustomFields_CreatedAndUpdated_AreListedWithTheirChoices_AndOnlyTheirAccountCanUseThem()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var id = Assert.Single(await SaveFieldsAsync(tenant, create: true, FieldInput(null, ("FieldName", "Diet"), ("FieldCode", "DIET"), ("FieldType", "Choice")) with
        {
            Choices = ["Vegan", "Halal"],
        })).Id!;

        var updated = Assert.Single(await SaveFieldsAsync(tenant, create: false, FieldInput(id, ("HelpText", "Any diet")) with { Choices = ["Vegan", "Halal", "Kosher"] }));

        Assert.True(updated.Success, updated.Error?.Description);
        var field = Assert.Single(await Store.ListCustomFieldsAsync(tenant.Account.Key, "ContactCustomField", TestContext.Current.CancellationToken));
        Assert.Equal((CventId.Parse(id), "Diet", "DIET", "Any diet"), (field.Id, field.Name, field.Code, field.HelpText));
        Assert.Equal(["Vegan", "Halal", "Kosher"], field.Choices);
        Assert.Empty(await Store.ListCustomFieldsAsync(other.Account.Key, "ContactCustomField", TestContext.Current.CancellationToken));
        Assert.Equal(CventErrors.InvalidCustomFieldId.Code, Assert.Single(await SaveFieldsAsync(other, create: false, FieldInput(id, ("FieldName", "Stolen")))).Error?.Code);
        var contact = Assert.Single(await SaveContactsAsync(other, ContactWriteMode.Create,
            Contact(null, ("LastName", "Intruder")) with { CustomFields = [new CustomFieldValueInput(id, null, "Vegan")] }));
        Assert.Equal(CventErrors.InvalidCustomFieldDetailId.Code, contact.Error?.Code);
        var lookUp = Assert.Single(await Store.ListLookUpsAsync(tenant.Account.Key, TestContext.Current.CancellationToken));
        Assert.Equal(new LookUpRecord("ContactCustomField", id, "Diet", "DIET"), lookUp);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task CustomFields_CreatedConcurrentlyWithOneName_OnlyOneIsCreated()
    {
        var tenant = await NewTenantAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            SaveFieldsAsync(tenant, create: true, FieldInput(null, ("FieldName", "Badge name"), ("FieldType", "Text")))));

        Assert.Equal(1, results.Count(r => r[0].Success));
        Assert.Equal(7, results.Count(r => r[0].Error?.Code == CventErrors.DuplicateCustomField.Code));
        Assert.Single(await Store.ListCustomFieldsAsync(tenant.Account.Key, "ContactCustomField", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CustomFieldValues_OfContactsAndGuests_AreStoredRetrievedClearedAndRecorded()
    {
        var tenant = await NewTenantAsync();
        var field = Assert.Single(await SaveFieldsAsync(tenant, create: true, FieldInput(null, ("FieldName", "Age"), ("FieldType", "Number")))).Id!;
        var contact = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create,
            Contact(null, ("LastName", "Valued")) with { CustomFields = [new CustomFieldValueInput(field, null, "41")] }));
        var guest = tenant.Catalog.Guest.Id;

        var guestResult = Assert.Single(await Store.UpdateGuestsAsync(new UpdateGuestsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(),
            tenant.Catalog.Event.Id.ToString(), [new GuestInput(guest.ToString(), "g", new Dictionary<string, string> { ["Company"] = "Acme" }, [new(null, "age", "7")])]),
            TestContext.Current.CancellationToken));
        Assert.Equal(contact, Created(await SaveContactsAsync(tenant, ContactWriteMode.Update,
            Contact(null) with { Id = contact, CustomFields = [new CustomFieldValueInput(field, null, "")] })));

        Assert.True(guestResult.Success, guestResult.Error?.Description);
        Assert.Empty(Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, ContactObject.Descriptor, [CventId.Parse(contact)], TestContext.Current.CancellationToken)).Details);
        var retrieved = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, GuestObject.Descriptor, [guest], TestContext.Current.CancellationToken));
        Assert.Equal("Acme", retrieved.Values[GuestObject.Descriptor.Fields.ToList().FindIndex(f => f.Name == "Company")]);
        Assert.Equal(["Age", "Number", "7", field], Assert.Single(retrieved.Details).Values.Select(v => v?.ToString()));
        var contactChanges = await Store.ListFieldChangesAsync(tenant.Account.Key, "Contact", CventId.Parse(contact), TestContext.Current.CancellationToken);
        Assert.Equal([("CreateContact", (string?)null, (string?)"41"), ("UpdateContact", "41", null)], contactChanges.Select(c => (c.Operation, c.OldValue, c.NewValue)));
        Assert.Contains(await Store.ListFieldChangesAsync(tenant.Account.Key, "Guest", guest, TestContext.Current.CancellationToken),
            c => c is { Field: "Company", OldValue: null, NewValue: "Acme" });
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task InternalInfo_ForAnotherAccountsEvent_IsRefused_AndTheNoteIsKeptPerInvitee()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0].Id.ToString();
        InternalAnswerInput Note(string text) => new(invitee, "n", InternalInfo.InternalNoteCode, null, text);

        var foreign = await Store.UpdateInternalInfoAsync(new UpdateInternalInfoCommand(other.Account.Key, other.User.Key, Guid.NewGuid(),
            tenant.Catalog.Event.Id.ToString(), [Note("x")]), TestContext.Current.CancellationToken);
        var own = await Store.UpdateInternalInfoAsync(new UpdateInternalInfoCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(),
            tenant.Catalog.Event.Id.ToString(), [Note("Met at the booth")]), TestContext.Current.CancellationToken);

        Assert.Equal(CventErrors.EventIdNotValidForInternalInfo.Code, Assert.Single(foreign).Error?.Code);
        Assert.True(Assert.Single(own).Success);
        var record = Assert.Single(await Store.RetrieveAsync(tenant.Account.Key, InviteeObject.Descriptor, [CventId.Parse(invitee)], TestContext.Current.CancellationToken));
        Assert.Equal("Met at the booth", record.Values[InviteeObject.Descriptor.Fields.ToList().FindIndex(f => f.Name == "InternalNote")]);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task RegistrationTypes_AssignedConcurrently_NeverExceedTheirCapacity_AndTakeTheIncludedSessionsSeats()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        await Store.SaveRegistrationTypesAsync(tenant.Account.Key,
            [new RegistrationTypeRecord(CventId.New(), c.Event.Id, "Speaker", "SPK", 3, [c.Unlimited.Id])], TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(c.Accepted.Select(i => Store.UpdateRegistrationTypesAsync(new UpdateRegistrationTypesCommand(
            tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), c.Event.Id.ToString(), [new RegistrationTypeInput(i.Id.ToString(), null, null, "spk")]),
            TestContext.Current.CancellationToken)));

        Assert.Equal(3, results.Count(r => r[0].Success));
        Assert.All(results.Where(r => !r[0].Success), r => Assert.Equal(CventErrors.RegistrationTypeFull.Code, r[0].Error?.Code));
        var fill = Assert.Single((await Store.SessionFillAsync(tenant.Account.Key, c.Event.Id, TestContext.Current.CancellationToken))!, s => s.SessionId == c.Unlimited.Id);
        Assert.Equal(3, fill.Registered);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task AccountDeletion_RemovesCustomFieldsValuesAnswersAndRegistrationTypes()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        var field = Assert.Single(await SaveFieldsAsync(tenant, create: true, FieldInput(null, ("FieldName", "Gone"), ("FieldType", "Text")))).Id!;
        Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, ("LastName", "Gone")) with { CustomFields = [new(field, null, "soon")] }));
        await Store.SaveRegistrationTypesAsync(tenant.Account.Key, [new RegistrationTypeRecord(CventId.New(), c.Event.Id, "Staff", "STF", -1, [c.Unlimited.Id])],
            TestContext.Current.CancellationToken);
        await Store.UpdateRegistrationTypesAsync(new UpdateRegistrationTypesCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), c.Event.Id.ToString(),
            [new RegistrationTypeInput(c.Accepted[0].Id.ToString(), null, "Staff", null)]), TestContext.Current.CancellationToken);

        var deletion = await Store.DeleteAccountAsync(tenant.Account.Key, force: true, TestContext.Current.CancellationToken);

        Assert.True(deletion.Deleted);
        Assert.Null(await Store.FindAccountAsync(tenant.Account.AccountNumber, TestContext.Current.CancellationToken));
        await AssertInvariantsAsync();
    }

    private static CustomFieldInput FieldInput(string? id, params (string Name, string Value)[] attributes) =>
        new(id, null, attributes.ToDictionary(a => a.Name, a => a.Value), null);

    private Task<IReadOnlyList<ItemResult>> SaveFieldsAsync(Tenant tenant, bool create, params CustomFieldInput[] fields) =>
        Store.SaveCustomFieldsAsync(new SaveCustomFieldsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), create, create ? "ContactCustomField" : null, fields),
            TestContext.Current.CancellationToken);
}
