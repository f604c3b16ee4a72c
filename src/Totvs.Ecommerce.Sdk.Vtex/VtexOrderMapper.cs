using System.Text.Json;
using NodaTime;
using Totvs.Ecommerce.Sdk.Domain.Admission;
using Totvs.Ecommerce.Sdk.Domain.Catalog;
using Totvs.Ecommerce.Sdk.Domain.Identifiers;
using Totvs.Ecommerce.Sdk.Domain.Payments;
using Totvs.Ecommerce.Sdk.Orders;

namespace Totvs.Ecommerce.Sdk.Vtex;

/// <summary>
/// Turns a VTEX order into the Datasul order every connector sends: cents into reais, a formatted CPF/CNPJ and
/// CEP into their digits, payment groups into Datasul payment methods, the marketplace affiliate into the
/// intermediary, the courier into the carrier's e-commerce id. Bad input is refused with every field named.
/// </summary>
public static class VtexOrderMapper
{
    /// <summary>Reads a VTEX order's JSON.</summary>
    /// <param name="json">The order as VTEX's OMS returns it.</param>
    /// <returns>The order.</returns>
    /// <exception cref="TotvsValidationException">The JSON is not a VTEX order; the message says where.</exception>
    public static VtexOrder Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, VtexJsonContext.Default.VtexOrder)
                ?? throw new JsonException("The document is null.");
        }
        catch (JsonException ex)
        {
            var problem = Serialization.JsonErrors.ToProblem(ex);
            throw new TotvsValidationException("VTEX order", [problem with { Message = $"Not a VTEX order: {problem.Message}" }]);
        }
    }

    /// <summary>Maps a VTEX order to a Datasul order.</summary>
    /// <param name="vtex">The VTEX order.</param>
    /// <param name="options">The store, payment codes and naming rules; the defaults when <see langword="null"/>.</param>
    /// <param name="today">The day the order enters the ERP (its implantation date).</param>
    /// <returns>The Datasul order, checked with <see cref="OrderValidation"/>.</returns>
    /// <exception cref="TotvsValidationException">A field of the VTEX order cannot be mapped; every one is named.</exception>
    public static Order ToDatasulOrder(VtexOrder vtex, VtexMappingOptions? options, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(vtex);
        options ??= new VtexMappingOptions();
        var problems = new List<RecordProblem>();
        var zone = DateTimeZoneProviders.Tzdb[options.ServerTimeZone];

        if (string.IsNullOrWhiteSpace(vtex.OrderId))
        {
            problems.Add(new RecordProblem("orderId", "orderId is required."));
        }

        var profile = vtex.ClientProfileData;
        var rawDocument = profile?.IsCorporate == true ? profile.CorporateDocument : profile?.Document;
        CpfOrCnpj document = default;
        if (!CpfOrCnpj.TryParse(rawDocument, out document, out var documentError))
        {
            problems.Add(new RecordProblem(profile?.IsCorporate == true ? "clientProfileData.corporateDocument" : "clientProfileData.document", documentError));
        }

        var address = vtex.ShippingData?.Address;
        Cep cep = default;
        if (address?.PostalCode is not null && !Cep.TryParse(address.PostalCode, out cep))
        {
            problems.Add(new RecordProblem("shippingData.address.postalCode", $"'{address.PostalCode}' is not a CEP."));
        }

        Uf? uf = null;
        if (address?.State is not null && !Uf.TryParse(address.State, out uf))
        {
            problems.Add(new RecordProblem("shippingData.address.state", $"'{address.State}' is not a Brazilian UF."));
        }

        var payment = vtex.PaymentData?.Transactions.SelectMany(t => t.Payments).OrderByDescending(p => p.Value).FirstOrDefault();
        OrderPaymentMethod? method = null;
        if (payment is null)
        {
            problems.Add(new RecordProblem("paymentData.transactions[].payments", "The order has no payment."));
        }
        else if (!options.PaymentGroups.TryGetValue(payment.Group ?? string.Empty, out var type))
        {
            problems.Add(new RecordProblem("paymentData.transactions[].payments[].group",
                $"Payment group '{payment.Group}' has no Datasul payment method; map it in VtexMappingOptions.PaymentGroups."));
        }
        else
        {
            // A marketplace collects from the buyer and pays the store: the ERP sees Faturado, whatever the buyer used.
            type = PaymentMethodRules.ForSale(type, throughMarketplace: !string.IsNullOrWhiteSpace(vtex.AffiliateId));
            method = new OrderPaymentMethod
            {
                Type = type,
                Code = options.PaymentMethodCodes.GetValueOrDefault(type) ?? type.ToString(),
                Installments = payment.Installments,
                Value = Money(payment.Value),
                BankSlipNumber = type == PaymentMethodType.Boleto ? payment.BankIssuedInvoiceIdentificationNumber : null,
                CardBrand = type == PaymentMethodType.CreditCard ? payment.PaymentSystemName : null,
            };
        }

        var items = vtex.Items.Select((item, i) => ToItem(item, i, problems)).ToList();
        if (problems.Count > 0)
        {
            throw new TotvsValidationException($"VTEX order '{vtex.OrderId}'", problems);
        }

        var order = new Order
        {
            CustomerOrderId = options.CustomerOrderIdOf(vtex.OrderId!),
            ShortName = options.ShortNameOf(document.Value),
            EmissionDate = vtex.CreationDate is { } created ? Instant.FromDateTimeOffset(created).InZone(zone).Date : today,
            ImplantationDate = today,
            EcommerceCustomerPersonalId = document,
            EcommerceStoreCode = options.StoreCode,
            EcommerceOrderId = vtex.OrderId,
            TradePolicyId = vtex.SalesChannel,
            CarrierEcommerceId = vtex.ShippingData?.LogisticsInfo.SelectMany(l => l.DeliveryIds).Select(d => d.CourierId).FirstOrDefault(c => c is not null),
            Intermediary = string.IsNullOrWhiteSpace(vtex.AffiliateId)
                ? null
                : new OrderIntermediary { ShortName = options.AffiliateRepresentatives.GetValueOrDefault(vtex.AffiliateId) ?? vtex.AffiliateId },
            RepresentativeOrderId = RepresentativeOrderNumber.From(vtex.OrderId!),
            DeliveryCode = options.DeliverToCustomerPlace && address is not null ? VtexCustomerMapper.DeliveryCodeOf(address, cep) : null,
            EcommerceDeliveryAddress = address is null || options.DeliverToCustomerPlace ? null : new OrderDeliveryAddress
            {
                Street = $"{address.Street}, {address.Number}".Trim(' ', ','),
                Neighborhood = address.Neighborhood,
                City = address.City,
                State = uf,
                ZipCode = cep.IsEmpty ? null : cep,
                Country = address.Country,
            },
            EcommerceFreight = Money(vtex.Totals.Where(t => t.Id == "Shipping").Sum(t => t.Value)),
            PaymentMethod = method,
            OrderItems = items,
        };
        OrderValidation.ThrowIfInvalid(order);
        return order;
    }

    private static OrderItem ToItem(VtexItem item, int index, List<RecordProblem> problems)
    {
        var skuId = item.RefId ?? item.Id;
        if (string.IsNullOrWhiteSpace(skuId))
        {
            problems.Add(new RecordProblem($"items[{index}].refId", "The item has no refId (the ERP's SKU id)."));
            skuId = string.Empty;
        }

        if (item.Quantity <= 0)
        {
            problems.Add(new RecordProblem($"items[{index}].quantity", $"quantity {item.Quantity} must be greater than zero."));
        }

        var slash = skuId.IndexOf('/', StringComparison.Ordinal);
        if (!ItemCode.TryParse(slash < 0 ? skuId : skuId[..slash], out var itemCode, out var itemError) && skuId.Length > 0)
        {
            problems.Add(new RecordProblem($"items[{index}].refId", itemError!));
        }

        ReferenceCode? referenceCode = null;
        if (slash >= 0)
        {
            if (ReferenceCode.TryParse(skuId[(slash + 1)..], out var reference, out var referenceError))
            {
                referenceCode = reference;
            }
            else
            {
                problems.Add(new RecordProblem($"items[{index}].refId", referenceError!));
            }
        }

        return new OrderItem
        {
            Sequence = (index + 1) * 10,
            ItemCode = itemCode,
            ReferenceCode = referenceCode,
            QuantityBilling = item.Quantity,
            OriginalPrice = Money(item.SellingPrice ?? item.Price),
            IsGift = item.IsGift,
        };
    }

    private static decimal Money(long cents) => cents / 100m;
}
