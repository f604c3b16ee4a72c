namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The one place that decides whether a Datasul answer is a transient fault (worth retrying) or a
/// definitive one. Used by the resilience pipeline and by the exceptions the SDK raises.
/// </summary>
internal static class TotvsFailureClassifier
{
    /// <summary>
    /// 408, 429, 502, 503 and 504 are transient; a 500 is transient unless its body is a business
    /// rejection; Datasul's 9999 (query over 60 s) is transient whatever the status.
    /// </summary>
    public static bool IsTransient(int statusCode, TotvsError? error)
    {
        if (error?.Code == TotvsError.QueryTimeoutCode)
        {
            return true;
        }

        return statusCode switch
        {
            408 or 429 or 502 or 503 or 504 => true,
            500 => error is null || !error.IsBusinessRejection,
            _ => false,
        };
    }
}
