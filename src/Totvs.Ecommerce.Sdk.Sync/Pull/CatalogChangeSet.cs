namespace Totvs.Ecommerce.Sdk.Sync;

/// <summary>A page of catalog records split into what the store publishes or updates and what it unpublishes.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Upserts">Active records: publish or update them.</param>
/// <param name="Deactivations">Records the ERP deactivated or took away from the store (<c>isActive=false</c>): unpublish them.</param>
public sealed record CatalogChangeSet<T>(IReadOnlyList<T> Upserts, IReadOnlyList<T> Deactivations);
