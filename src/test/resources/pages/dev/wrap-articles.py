#!/usr/bin/env python3
"""Wraps the dev and seed articles of the shared evaluation kit in web pages of several layouts.

Run from the project root:  python3 src/test/resources/pages/dev/wrap-articles.py [SHARED_DIR]
(SHARED_DIR defaults to ../shared). For every article it writes NAME.txt (the article as it is) and NAME.html
(the same article in a page) next to this script; DevArticlePagesTest checks that the extraction pipeline reads
the same facts from the page's text as from the article.

The articles' bylines become page metadata (JSON-LD, OpenGraph, <time>, a date in words), written here by hand;
their paragraphs and headings become the page's body, amid the furniture of each layout.
"""
import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")

# name: (source folder, layout, metadata). header_blocks: how many blocks (title, byline) open the article.
ARTICLES = {
    "csto-extraordinary-session-2022-01-10": ("eval/dev", "agency", dict(
        header_blocks=2, publisher="Steppe Dispatch", published="2022-01-10T18:40:00+06:00")),
    "csto-summit-2018-11-08": ("eval/dev", "agency", dict(
        header_blocks=2, publisher="Steppe Wire", published="2018-11-08T18:05:00+06:00",
        author="Dana Ormanova")),
    "csto-summit-2017-11-30": ("eval/dev", "newspaper", dict(
        header_blocks=2, publisher="Nemiga Review", section="World", published="2017-11-30T19:40:00+03:00")),
    "csto-summit-2022-11-23": ("eval/dev", "newspaper", dict(
        header_blocks=2, publisher="Caucasus Chronicle", section="Politics", published="2022-11-24",
        author="Staff Writer")),
    "csto-summit-2016-10-14": ("eval/dev", "secretariat", dict(
        header_blocks=2, publisher="Ministry of Foreign Affairs of the Republic of Armenia",
        section="Press releases", published="2016-10-14T20:15:00+04:00")),
    "csto-video-session-2020-12-02": ("eval/dev", "ministry", dict(
        header_blocks=2, publisher="CSTO Secretariat", section="Press release", shown_date="02.12.2020")),
    "csto-video-session-2021-08-23": ("eval/dev", "transcript", dict(
        header_blocks=2, publisher="Eurasia Record", section="Transcripts", published="2021-08-23T17:20:00+03:00",
        place="Novo-Ogaryovo, Moscow Region")),
    "csto-summit-2022-05-16": ("seed", "split", dict(
        header_blocks=2, publisher="Vindobona", section="PeopleOther", published="2022-05-17T21:50:00+02:00",
        tags=2)),
}

SENTENCE_END = tuple(".!?:;,…")


def esc(text):
    return html.escape(text)


def blocks_of(text):
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def is_heading(block):
    bare = re.sub(r"[”\"»’')\]]+$", "", block)
    return "\n" not in block and len(block.split()) <= 14 and not bare.endswith(SENTENCE_END)


def is_caption(block):
    return "©" in block or re.search(r"(?i)\b(picture|photo)s?\s*:", block)


def body_html(blocks, quotes_as_blockquotes=False):
    """The article's blocks as HTML: headings, paragraphs (lines kept with <br>), captions as figures."""
    out = []
    for block in blocks:
        if is_caption(block):
            out.append('<figure class="photo"><img src="/img/photo.jpg" alt=""><figcaption>%s</figcaption></figure>'
                       % esc(block))
        elif is_heading(block) and block != "* * *":
            out.append("<h2>%s</h2>" % esc(block))
        elif quotes_as_blockquotes and re.search(r": [“\"«][^“\"«]+[”\"»]$", block):
            # "X said: “...”" laid out as the lead-in and a block quote without its marks.
            intro, quote = re.match(r"(.*:) [“\"«]([^“\"«]+)[”\"»]$", block).groups()
            out.append("<p>%s</p>\n<blockquote class=\"quote\"><p>%s</p></blockquote>" % (esc(intro), esc(quote)))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(line) for line in block.split("\n")))
    return out


def json_ld(title, meta, article_type="NewsArticle"):
    author = ',\n     "author": {"@type": "Person", "name": "%s"}' % meta["author"] if "author" in meta else ""
    section = ',\n     "articleSection": "%s"' % meta["section"] if "section" in meta else ""
    return """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "Organization", "@id": "#publisher", "name": %s},
  {"@type": "%s", "headline": %s,
     "datePublished": "%s",
     "publisher": {"@id": "#publisher"}%s%s}
]}
</script>""" % (json_string(meta["publisher"]), article_type, json_string(title), meta["published"], author, section)


def json_string(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


def agency(title, meta, blocks):
    body = "\n    ".join(body_html(blocks))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(meta["publisher"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{json_ld(title, meta)}
<script>window.analytics = {{page: "article"}};</script>
</head>
<body>
<div class="cookie-banner" id="cookie-notice"><p>This site uses cookies to measure its audience and to remember your choices. By continuing to browse you accept their use.</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">{esc(meta["publisher"])}</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/markets">Markets</a></li><li><a href="/regions">Regions</a></li></ul></nav>
</header>
<main>
<article>
  <header>
    <h1>{esc(title)}</h1>
    <div class="byline">{esc(meta.get("author", "Staff"))} · <time datetime="{meta["published"]}">{meta["published"][:10]}</time></div>
    <div class="share-tools"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
  </header>
  <div class="article-body">
    {body}
  </div>
  <footer><p class="trust">Our Standards: The Trust Principles.</p></footer>
</article>
<aside class="more-from"><h2>More from {esc(meta["publisher"])}</h2><ul><li><a href="/1">Markets close higher across the region</a></li><li><a href="/2">Rail freight volumes rise for a fourth month</a></li></ul></aside>
</main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. © {esc(meta["publisher"])}.</p></footer>
</body>
</html>
"""


def newspaper(title, meta, blocks):
    parts = body_html(blocks, quotes_as_blockquotes=True)
    # A "read also" line and an ad slot break the text, as newspapers place them.
    parts.insert(3, '<p class="read-also-inline">Read also: <a href="/politics/earlier">What the alliance agreed last year</a></p>')
    parts.insert(6, '<div class="adv adv-inline" data-slot="article-2"><span>Advertisement</span><a href="https://ads.example/c"><img src="/ad.gif" alt="Book your winter holiday now"></a></div>')
    body = "\n      ".join(parts)
    author = f'<meta name="author" content="{esc(meta["author"])}">' if "author" in meta else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {esc(meta["publisher"])}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(meta["publisher"])}">
<meta property="article:published_time" content="{meta["published"]}">
<meta property="article:section" content="{esc(meta["section"])}">
{author}
</head>
<body>
<div id="page">
  <div id="top" class="topline"><a href="/subscribe">Subscribe</a> · <a href="/epaper">E-paper</a></div>
  <div id="main-menu"><a href="/">Front page</a> | <a href="/politics">Politics</a> | <a href="/world">World</a> | <a href="/opinion">Opinion</a></div>
  <div class="columns">
    <div class="col-main">
      <h1 class="headline">{esc(title)}</h1>
      <div class="article-meta"><span class="section">{esc(meta["section"])}</span> <span class="pubdate">{meta["published"][:10]}</span></div>
      <div class="story-text">
      {body}
      </div>
      <div class="article-tags">Topics: <a href="/t/security">Security</a>, <a href="/t/summits">Summits</a></div>
      <div id="comments" class="comments"><h3>Comments (2)</h3><div class="comment"><p>Another summit, another declaration that nobody will read, as usual. I would like to see results for once.</p></div></div>
    </div>
    <div class="col-side">
      <div class="widget most-read"><h3>Most read</h3><ol><li><a href="/a">City budget for next year approved</a></li><li><a href="/b">Winter timetable for trams</a></li></ol></div>
    </div>
  </div>
  <div id="footer">{esc(meta["publisher"])} · Letters to the editor · Advertising</div>
</div>
</body>
</html>
"""


def ministry(title, meta, blocks):
    text = "<br /><br />\n        ".join("<br />\n        ".join(esc(line) for line in block.split("\n")) for block in blocks)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(meta["publisher"])} - {esc(meta["section"])} - {esc(title)}</title>
</head>
<body>
<form name="aspnetForm" method="post" action="./press.aspx?id=2016" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTM0NjU4MTAwMmRk" />
<table width="100%" cellpadding="0" cellspacing="0" border="0">
  <tr><td colspan="2" class="top"><img src="/img/coat.gif" alt="" /> {esc(meta["publisher"])}</td></tr>
  <tr>
    <td class="left-menu" width="200" valign="top">
      <a href="/ministry">The Ministry</a><br /><a href="/press">{esc(meta["section"])}</a><br /><a href="/contacts">Contacts</a>
    </td>
    <td class="main" valign="top">
      <div class="path"><a href="/">Main page</a> / <a href="/press">{esc(meta["section"])}</a></div>
      <div class="news-date">{esc(meta["shown_date"])}</div>
      <h2 class="news-title">{esc(title)}</h2>
      <div class="news-text">
        {text}
      </div>
      <div class="print"><a href="javascript:window.print()">Print version</a></div>
    </td>
  </tr>
  <tr><td colspan="2" class="bottom">© {esc(meta["publisher"])}. When using materials, a link to the site is required.</td></tr>
</table>
</form>
</body>
</html>
"""


def secretariat(title, meta, blocks):
    # Numbered lines of a communiqué become an ordered list, the rest paragraphs.
    parts = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) > 1 and all(re.match(r"\d+\. ", line) for line in lines):
            parts.append("<ol>%s</ol>" % "".join("<li>%s</li>" % esc(re.sub(r"^\d+\. ", "", line)) for line in lines))
        else:
            parts.extend(body_html([block]))
    body = "\n    ".join(parts)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} — {esc(meta["publisher"])}</title>
<meta property="og:site_name" content="{esc(meta["publisher"])}">
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<div class="header"><div class="logo">{esc(meta["publisher"])}</div><ul class="menu"><li><a href="/">About</a></li><li><a href="/news">News</a></li><li><a href="/documents">Documents</a></li></ul></div>
<div id="content" class="news-item" itemscope itemtype="https://schema.org/Article">
  <div class="news-item__category">{esc(meta["section"])}</div>
  <h1 itemprop="headline">{esc(title)}</h1>
  <time itemprop="datePublished" datetime="{meta["published"]}">{meta["published"]}</time>
  <div class="news-item__text" itemprop="articleBody">
    {body}
  </div>
  <div class="news-item__docs"><a href="/docs/declaration.pdf">Declaration (PDF, 210 KB)</a></div>
</div>
<div class="footer">© {esc(meta["publisher"])}</div>
</body>
</html>
"""


def transcript(title, meta, blocks):
    body = "\n    ".join(body_html(blocks))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} • {esc(meta["publisher"])}</title>
{json_ld(title, meta, "Article")}
</head>
<body>
<div class="wrapper">
  <div class="nav-top" role="navigation"><a href="/">Events</a> <a href="/transcripts">{esc(meta["section"])}</a> <a href="/search">Search</a></div>
  <div class="entry">
    <h1 class="entry-title">{esc(title)}</h1>
    <p class="entry-meta"><time datetime="{meta["published"]}">{meta["published"][:10]}</time> · <span class="place">{esc(meta["place"])}</span></p>
    <div class="entry-content">
    {body}
    </div>
    <div class="entry-links"><p>Published in sections: <a href="/t/news">News</a>, <a href="/t/transcripts">{esc(meta["section"])}</a></p></div>
  </div>
  <div class="footer" role="contentinfo"><p>All materials on this site may be reproduced with a link to the source.</p></div>
</div>
</body>
</html>
"""


def split(title, meta, blocks):
    tags = blocks[-meta["tags"]:]
    parts = body_html(blocks[:-meta["tags"]])
    for at, furniture in ((8, '<div class="ad-container" id="div-gpt-ad-1510-3"><div class="ad-label">Advertisement</div></div>'),
                          (5, '<div class="related-inline"><h4>Related articles</h4><a href="/r/1"><h5>Leaders meet in the capital</h5><p>A look back at the meetings of the last five years, and what they decided.</p></a></div>'),
                          (2, '<div class="ad-container" id="div-gpt-ad-1510-2"><div class="ad-label">Advertisement</div><p>Learn a language in three months with our online course: first lesson free.</p></div>')):
        parts.insert(at, furniture)
    chunks = [parts[i:i + 4] for i in range(0, len(parts), 4)]
    body = "\n".join('<div class="text-block">\n        %s\n      </div>' % "\n        ".join(c) for c in chunks)
    tag_list = "".join('<li><a href="/tag/%d">%s</a></li>' % (i, esc(t)) for i, t in enumerate(tags))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(meta["publisher"])}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(meta["publisher"])}">
<meta property="article:published_time" content="{meta["published"]}">
<meta property="article:section" content="{esc(meta["section"])}">
</head>
<body>
<div class="layout">
  <div class="masthead"><a href="/">{esc(meta["publisher"])}</a> <span class="claim">News from Vienna and the world</span></div>
  <div class="container">
    <div class="article-wrap">
      <h1>{esc(title)}</h1>
      {body}
      <ul class="tag-list">{tag_list}</ul>
      <div class="social-share"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
    </div>
    <div class="sidebar"><section class="latest"><h2>Latest</h2><ul><li><a href="/x">Opera season opens with a premiere</a></li><li><a href="/y">Embassies hold a charity bazaar</a></li></ul></section></div>
  </div>
  <div class="site-footer"><p>Published by the Vindobona media house. Contact: office@vindobona.example</p></div>
</div>
</body>
</html>
"""


LAYOUTS = dict(agency=agency, newspaper=newspaper, ministry=ministry, secretariat=secretariat,
               transcript=transcript, split=split)

for name, (folder, layout, meta) in ARTICLES.items():
    text = (SHARED / folder / (name + ".txt")).read_text(encoding="utf-8")
    blocks = blocks_of(text)
    title, body = blocks[0], blocks[meta["header_blocks"]:]
    (HERE / (name + ".txt")).write_text(text, encoding="utf-8")
    (HERE / (name + ".html")).write_text(LAYOUTS[layout](title, meta, body), encoding="utf-8")
    print("wrote", name, layout)
