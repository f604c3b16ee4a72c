using System.Text.Json.Nodes;
using NodaTime;
using Totvs.Ecommerce.Sdk.Testing.Routes.Sales;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing;

/// <summary>A customer as the fake ERP holds it, taken at one moment, with its whole wire document (<see cref="Json"/>).</summary>
public sealed class FakeCustomer
{
    internal FakeCustomer(CustomerRecord record)
    {
        CustomerCode = record.CustomerCode;
        ShortName = record.ShortName;
        CustomerGroup = (int)(WireValues.Long(record.Document, "CustomerGroup") ?? 0);
        LastUpdate = record.LastUpdate;
        Json = (JsonObject)record.Document.DeepClone();
    }

    /// <summary>The ERP's customer code (<c>CustomerCode</c>).</summary>
    public long CustomerCode { get; }

    /// <summary>The short name (<c>ShortName</c>).</summary>
    public string ShortName { get; }

    /// <summary>The customer group (<c>CustomerGroup</c>, CD0701).</summary>
    public int CustomerGroup { get; }

    /// <summary>When the customer last changed.</summary>
    public Instant LastUpdate { get; }

    /// <summary>The customer's wire document, by published name (a copy), without <c>LastUpdate</c>.</summary>
    public JsonObject Json { get; }
}
