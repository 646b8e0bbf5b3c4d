namespace Cockpit.Samples; public static class Placeholder {}
