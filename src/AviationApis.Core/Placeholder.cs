namespace AviationApis.Core; /// <summary>x</summary>
public static class Placeholder { }
