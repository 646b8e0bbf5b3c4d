using System.Text;

namespace Cockpit.Testing;

/// <summary>A process's resident memory as Linux reports it (VmRSS in /proc/PID/status); 0 once it is gone.</summary>
public static class ProcessMemory
{
    public static long RssMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status", Encoding.ASCII).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
