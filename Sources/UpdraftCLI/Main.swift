public enum UpdraftMain { public static func main() {} }
