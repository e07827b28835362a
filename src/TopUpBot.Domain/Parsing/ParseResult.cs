namespace TopUpBot.Domain.Parsing;

/// <summary>
/// The outcome of parsing user input: either a value or a typed error that the UI turns into a
/// localized message. Parsers return this instead of throwing, because bad input is expected.
/// </summary>
public sealed class ParseResult<TValue, TError>
    where TValue : notnull
    where TError : struct, Enum
{
    private readonly TValue? value;
    private readonly TError error;

    private ParseResult(TValue value)
    {
        this.value = value;
        IsSuccess = true;
    }

    private ParseResult(TError error) => this.error = error;

    public bool IsSuccess { get; }

    /// <exception cref="InvalidOperationException">The parse failed; check <see cref="IsSuccess"/> first.</exception>
    public TValue Value => IsSuccess
        ? value!
        : throw new InvalidOperationException($"Parsing failed with {error}; there is no value.");

    /// <exception cref="InvalidOperationException">The parse succeeded; check <see cref="IsSuccess"/> first.</exception>
    public TError Error => IsSuccess
        ? throw new InvalidOperationException("Parsing succeeded; there is no error.")
        : error;

    public static implicit operator ParseResult<TValue, TError>(TValue value) => new(value);

    public static implicit operator ParseResult<TValue, TError>(TError error) => new(error);

    public override string ToString() => IsSuccess ? $"Success({value})" : $"Error({error})";
}
