namespace Snippets;

/// <summary>README.md, Avinode: A quote PDF.</summary>
public static class AvinodeQuotePdf
{
    public static async Task RunAsync(AviationApis.Avinode.SchedAero.ISchedAeroClient acme, AviationApis.Avinode.Resources.ResourceId quoteId, string folder, CancellationToken ct)
    {
        #region Snippet:AvinodeQuotePdf
        var quote = (await acme.GetQuoteAsync(quoteId, cancellationToken: ct)).Data;
        await using var pdf = await acme.DownloadPdfAsync(quote.Links!.GeneratePdf!, ct);
        // Name the file as the vendor does (Content-Disposition): API ids are not for display, not even in a file name.
        var fileName = Path.GetFileName(pdf.FileName ?? "quote.pdf");
        await pdf.SaveToFileAsync(Path.Combine(folder, fileName), ct);   // or copy pdf.Content to a response
        // pdf.ContentType == "application/pdf", pdf.Length
        #endregion
    }
}
