using System.Text.Json.Serialization.Metadata;

namespace Totvs.Ecommerce.Sdk.Http;

/// <summary>
/// The one exactly-once create of the SDK, for every record Datasul numbers on POST (orders, customers). A success counts
/// only with proof (<see cref="Prove"/>); when the answer is lost, unproven or transient, the record is looked up by its
/// natural key (<see cref="FindAsync"/>) before it is sent again, after the SDK's back-off or the Retry-After the ERP
/// asked for (429, 503), up to <see cref="TotvsResilienceOptions.CreationAttempts"/> POSTs. A duplicate answer returns the
/// record already there. Whatever is returned passes <see cref="Confirm"/>: a record that holds the key but is not the one
/// sent is an error, never a success. A subclass says what each of these means for its record; one instance per call.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal abstract class CreateOnce<T>(TotvsTransport transport, string route)
    where T : class
{
    /// <summary>The longest Retry-After a create waits for before sending again (a longer one is taken as this).</summary>
    private static readonly TimeSpan MostRetryAfter = TimeSpan.FromMinutes(2);

    /// <summary>What is created, for messages: <c>Order 'S-1'</c>, <c>The customer</c> (never personal data).</summary>
    protected abstract string Subject { get; }

    /// <summary>The record's name in a sentence: <c>order</c>, <c>customer</c>.</summary>
    protected abstract string Noun { get; }

    /// <summary>The error code of a duplicate: the ERP already holds a record with this key.</summary>
    protected abstract string DuplicateCode { get; }

    protected TotvsTransport Transport => transport;

    protected string Route => route;

    /// <summary>How the record reads from an answer.</summary>
    protected abstract JsonTypeInfo<T> RecordType { get; }

    /// <summary>Whether a record read from a 200 or 201 is the one sent, created: numbered, with the key sent, passing its checks.</summary>
    protected abstract bool IsCreated(T created);

    /// <summary>The record by its natural key, or <see langword="null"/> when the ERP has none; throws a transient <see cref="TotvsApiException"/> when it cannot tell.</summary>
    protected abstract Task<T?> FindAsync(CancellationToken cancellationToken);

    /// <summary>The record a duplicate answer names; by default the one its natural key finds.</summary>
    protected virtual async Task<T> ExistingAsync(TotvsError duplicate, CancellationToken cancellationToken) =>
        await FindAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new TotvsApiException(
            $"Datasul answered {DuplicateCode} but the existing {Noun} could not be found by its natural key. Look it up in the ERP.",
            500, duplicate, false, "POST", route, null);

    /// <summary>The record to return, once it is known to be the one sent; throws when another record holds its key.</summary>
    protected virtual T Confirm(T found) => found;

    /// <summary>Called when an attempt got no answer, or none that proves the creation.</summary>
    protected virtual void OnUnanswered(int attempt)
    {
    }

    /// <summary>Called with what the call returns.</summary>
    protected virtual void OnConfirmed(CreationResult<T> result)
    {
    }

    /// <summary>Sends <paramref name="body"/> until the record is proven created or found, or the attempts run out.</summary>
    /// <exception cref="TotvsApiException">Refused (not transient: thrown at once), or not confirmed after every attempt (transient; calling again is safe).</exception>
    public async Task<CreationResult<T>> RunAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        TotvsApiException? lastFailure = null;
        var mayHaveCommitted = false;
        var knownAbsent = false;
        var askedToWait = TimeSpan.Zero;
        var attempts = transport.CreationAttempts;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                // The SDK's back-off, or longer when the ERP asked for it (Retry-After on a 429 or 503).
                var backOff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 2)));
                await Task.Delay(askedToWait > backOff ? askedToWait : backOff, transport.TimeProvider, cancellationToken).ConfigureAwait(false);
                askedToWait = TimeSpan.Zero;
            }

            TotvsHttpAnswer answer;
            try
            {
                answer = await transport.SendAsync(HttpMethod.Post, route, null, string.Empty, body, cancellationToken).ConfigureAwait(false);
            }
            catch (TotvsApiException ex) when (ex.IsTransient)
            {
                // No answer: the ERP may or may not have committed the record.
                OnUnanswered(attempt);
                lastFailure = ex;
                mayHaveCommitted = true;
                (var found, knownAbsent, lastFailure) = await TryFindAsync(lastFailure, cancellationToken).ConfigureAwait(false);
                if (found is not null)
                {
                    return Confirmed(found, CreationOutcome.Created, attempt);
                }

                continue;
            }

            using (answer)
            {
                if (answer.IsSuccess)
                {
                    // A success counts only with proof; anything else (an empty or foreign body, another 2xx) is unconfirmed,
                    // and the natural-key look-up decides.
                    if (Prove(answer) is { } proven)
                    {
                        return Confirmed(proven, CreationOutcome.Created, attempt);
                    }

                    OnUnanswered(attempt);
                    mayHaveCommitted = true;
                    lastFailure = new TotvsApiException(
                        $"POST {route} answered {answer.StatusCode} without the created {Noun} (not numbered, or another {Noun}'s key).",
                        answer.StatusCode, null, true, "POST", route, null);
                    (var confirmed, knownAbsent, lastFailure) = await TryFindAsync(lastFailure, cancellationToken).ConfigureAwait(false);
                    if (confirmed is not null)
                    {
                        return Confirmed(confirmed, CreationOutcome.Created, attempt);
                    }

                    continue;
                }

                var error = ErrorBodyReader.TryRead(answer.Body.Span);
                if (error?.Code == DuplicateCode)
                {
                    // A duplicate after an unanswered attempt of this same call is the record that attempt created.
                    var existing = await ExistingAsync(error, cancellationToken).ConfigureAwait(false);
                    return Confirmed(existing, mayHaveCommitted ? CreationOutcome.Created : CreationOutcome.AlreadyExisted, attempt);
                }

                lastFailure = TotvsExceptionFactory.FromResponse("POST", route, answer.StatusCode, error);
                if (!lastFailure.IsTransient)
                {
                    throw lastFailure;
                }

                // A transient answer (502, 503, 504, a 500 without a business body) may come after the ERP committed.
                mayHaveCommitted = true;
                askedToWait = answer.StatusCode is 429 or 503 && answer.ToResponse().RetryAfter is { } wait && wait > TimeSpan.Zero
                    ? (wait < MostRetryAfter ? wait : MostRetryAfter)
                    : TimeSpan.Zero;
            }

            (var committed, knownAbsent, lastFailure) = await TryFindAsync(lastFailure, cancellationToken).ConfigureAwait(false);
            if (committed is not null)
            {
                return Confirmed(committed, CreationOutcome.Created, attempt);
            }
        }

        var state = knownAbsent
            ? "and is not in the ERP (looked up by its natural key)"
            : "and the ERP could not be asked whether an attempt was committed";
        throw new TotvsApiException(
            $"{Subject} was not confirmed after {attempts} attempts {state}. " +
            $"Last failure: {lastFailure?.Message} Calling CreateAsync again later is safe: it never creates the {Noun} twice.",
            lastFailure?.StatusCode, lastFailure?.Error, true, "POST", route, lastFailure);
    }

    /// <summary>The created record when the answer proves it (200 or 201, a record that reads and <see cref="IsCreated"/>); otherwise <see langword="null"/>.</summary>
    private T? Prove(TotvsHttpAnswer answer)
    {
        if (answer.StatusCode is not (200 or 201) || answer.Body.IsEmpty)
        {
            return null;
        }

        try
        {
            var created = TotvsTransport.Read(answer, RecordType, "POST", route);
            return IsCreated(created) ? created : null;
        }
        catch (TotvsApiException)
        {
            return null;
        }
    }

    private CreationResult<T> Confirmed(T record, CreationOutcome outcome, int attempt)
    {
        var result = new CreationResult<T>(Confirm(record), outcome, attempt);
        OnConfirmed(result);
        return result;
    }

    /// <summary>The natural-key look-up; one that fails transiently says so (and becomes the last failure) instead of throwing.</summary>
    private async Task<(T? Found, bool KnownAbsent, TotvsApiException? LastFailure)> TryFindAsync(TotvsApiException? lastFailure, CancellationToken cancellationToken)
    {
        try
        {
            var found = await FindAsync(cancellationToken).ConfigureAwait(false);
            return (found, found is null, lastFailure);
        }
        catch (TotvsApiException ex) when (ex.IsTransient)
        {
            return (null, false, lastFailure ?? ex);
        }
    }
}
