namespace TopUpBot.Domain; public enum Language { Zh, Ru, En }
