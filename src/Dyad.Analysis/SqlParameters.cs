using System.Data.Common;

namespace Dyad.Analysis;

/// <summary>Positional parameters ($1, $2 ...) of one command: values are bound, never spliced into SQL. Not thread-safe.</summary>
internal sealed class SqlParameters(DbCommand command)
{
    private readonly DbCommand _command = command;

    /// <summary>Binds a value and returns its placeholder.</summary>
    public string Add(object value)
    {
        var p = _command.CreateParameter();
        p.Value = value;
        _command.Parameters.Add(p);
        return "$" + _command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
