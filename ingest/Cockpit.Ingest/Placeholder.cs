namespace Cockpit.Ingest; public static class Placeholder {}
