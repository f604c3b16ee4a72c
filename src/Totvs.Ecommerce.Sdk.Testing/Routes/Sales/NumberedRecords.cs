using System.Globalization;
using Totvs.Ecommerce.Sdk.Testing.State;

namespace Totvs.Ecommerce.Sdk.Testing.Routes.Sales;

/// <summary>Finds a record by the number in its route (orders, customers) and answers 404 in the caller's language when there is none.</summary>
internal static class NumberedRecords
{
    public static FakeResponse With<T>(
        DatasulState state, SortedDictionary<long, T> records, FakeRequest request, string key, (string Portuguese, string English) what, Func<T, FakeResponse> handle)
        where T : class
    {
        T? record = null;
        lock (state.Sync)
        {
            if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                record = records.GetValueOrDefault(number);
            }
        }

        return record is null
            ? FakeResponse.Error(404, FakeErrorCodes.NotFound, request.WantsPortuguese ? $"{what.Portuguese} '{key}' não encontrado." : $"{what.English} '{key}' not found.")
            : handle(record);
    }
}
