using System.Globalization;

namespace TopUpBot.Domain.Reminders;

public enum ReminderStageKind
{
    /// <summary>N days before the deadline (0 = on the day itself).</summary>
    DaysBefore,

    /// <summary>Day k after the deadline passed, k = 1..<see cref="ReminderStage.OverdueDays"/>.</summary>
    Overdue,

    /// <summary>The last message: the number is probably lost.</summary>
    Final,
}

/// <summary>
/// One reminder of a deadline, named by the day it falls on relative to the deadline date: -30..0 before,
/// 1..7 overdue, 8 the final message. A larger day is a more urgent stage.
/// </summary>
public readonly record struct ReminderStage : IComparable<ReminderStage>
{
    /// <summary>After the date has passed, one reminder a day for this many days, then the final message.</summary>
    public const int OverdueDays = 7;

    /// <summary>The earliest offset a user can choose.</summary>
    public const int MaxDaysBefore = 30;

    private ReminderStage(int day) => Day = day;

    public static ReminderStage Final { get; } = new(OverdueDays + 1);

    /// <summary>Days from the deadline date to the stage's date: negative before it, 0 on it, positive after it.</summary>
    public int Day { get; }

    public ReminderStageKind Kind => Day switch
    {
        <= 0 => ReminderStageKind.DaysBefore,
        <= OverdueDays => ReminderStageKind.Overdue,
        _ => ReminderStageKind.Final,
    };

    /// <summary>Short and stable, for message keys: b7, b0, o3, final.</summary>
    public string Code => Kind switch
    {
        ReminderStageKind.DaysBefore => "b" + (-Day).ToString(CultureInfo.InvariantCulture),
        ReminderStageKind.Overdue => "o" + Day.ToString(CultureInfo.InvariantCulture),
        _ => "final",
    };

    public static ReminderStage DaysBefore(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDaysBefore);
        return new ReminderStage(-days);
    }

    public static ReminderStage Overdue(int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, OverdueDays);
        return new ReminderStage(day);
    }

    /// <summary>The stage stored as <see cref="Day"/>, or null when the number names no stage.</summary>
    public static ReminderStage? FromDay(int day) =>
        day is >= -MaxDaysBefore and <= OverdueDays + 1 ? new ReminderStage(day) : null;

    public int CompareTo(ReminderStage other) => Day.CompareTo(other.Day);

    public static bool operator <(ReminderStage left, ReminderStage right) => left.Day < right.Day;

    public static bool operator >(ReminderStage left, ReminderStage right) => left.Day > right.Day;

    public static bool operator <=(ReminderStage left, ReminderStage right) => left.Day <= right.Day;

    public static bool operator >=(ReminderStage left, ReminderStage right) => left.Day >= right.Day;

    public override string ToString() => Code;
}
