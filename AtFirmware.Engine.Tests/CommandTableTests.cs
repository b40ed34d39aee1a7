using System.Text;
using EspAtNano.Engine.Commands;

namespace EspAtNano.Tests;

/// <summary>
/// Command names are matched case-insensitively (docs/framing.md), and the table finds a command
/// in a few comparisons however many there are — the table is the dispatch of every line.
/// </summary>
[TestClass]
public sealed class CommandTableTests
{
    private sealed class Named : AtCommand
    {
        public Named(string name) : base(name, CommandForms.Execute)
        {
        }
    }

    private static AtCommand? Find(CommandTable table, string name)
    {
        byte[] line = Encoding.ASCII.GetBytes("AT" + name + "=1");
        return table.Find(line, 2, name.Length);
    }

    [TestMethod]
    public void EveryCommandOfAFullTableIsFoundInAnyCaseAndNothingElse()
    {
        var table = new CommandTable();
        var commands = Enumerable.Range(0, 120).Select(i => new Named("+CMD" + i)).ToList();
        commands.ForEach(table.Add);
        foreach (Named command in commands)
        {
            string name = Encoding.ASCII.GetString(command.Name.Bytes);
            Assert.AreSame(command, Find(table, name));
            Assert.AreSame(command, Find(table, name.ToLowerInvariant()));
        }
        Assert.IsNull(Find(table, "+CMD120"));
        Assert.IsNull(Find(table, "+CMD"));
        Assert.IsNull(Find(table, "+CMD1X"));
        Assert.IsNull(Find(table, ""));
    }

    [TestMethod]
    public void AtAloneIsTheCommandWithTheEmptyName()
    {
        var table = new CommandTable();
        var at = new Named("");
        table.Add(at);
        table.Add(new Named("E0"));
        Assert.AreSame(at, Find(table, ""));
        Assert.IsNull(Find(table, "E1"));
    }

    [TestMethod]
    public void OnlyLettersMatchInEitherCase()
    {
        var table = new CommandTable();
        var uart = new Named("+UART_CUR");
        var cmd = new Named("+CMD1");
        table.Add(uart);
        table.Add(cmd);
        Assert.AreSame(uart, Find(table, "+uart_cur"));
        Assert.AreSame(cmd, Find(table, "+cmd1"));
        // DEL is '_' with bit 0x20 set, as 'a' is 'A'; '1' is 0x11 with it set.
        Assert.IsNull(Find(table, "+UART\u007fCUR"));
        Assert.IsNull(Find(table, "+CMD\u0011"));
    }

    [TestMethod]
    public void ANameThatEndsItsBufferMatchesAlike()
    {
        // Names are compared four bytes at a time; one that ends within three bytes of the
        // array's end is compared byte by byte, by the same rules.
        var table = new CommandTable();
        var uart = new Named("+UART_CUR");
        table.Add(uart);
        Assert.AreSame(uart, FindWhole(table, "+uart_cur"));
        Assert.AreSame(uart, FindWhole(table, "+UART_CUR"));
        Assert.IsNull(FindWhole(table, "+UART\u007fCUR"));
        Assert.IsNull(FindWhole(table, "+UART_CUS"));
    }

    private static AtCommand? FindWhole(CommandTable table, string name)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(name);
        return table.Find(bytes, 0, bytes.Length);
    }

    [TestMethod]
    public void ACommandRegisteredTwiceIsRefused()
    {
        var table = new CommandTable();
        table.Add(new Named("+X"));
        Assert.ThrowsExactly<InvalidOperationException>(() => table.Add(new Named("+x")));
    }
}
