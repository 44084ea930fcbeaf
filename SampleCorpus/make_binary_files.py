#!/usr/bin/env python3
"""Writes the SampleCorpus files whose bytes are not plain UTF-8 text.

Run from anywhere:  python3 SampleCorpus/make_binary_files.py

The output is deterministic: running the script again reproduces the same bytes
(gzip headers are written by hand with mtime 0 and no file name, so neither the clock
nor the Python version changes them; the deflate stream comes from zlib at level 9).

Files written (paths relative to SampleCorpus/):

  html/northgate-herald-maiduguri-abductions.html.gz  good gzipped HTML article
  html/frontier-times-ouagadougou-cafe-attack.html    Windows-1252 bytes, <meta charset="windows-1252">
  html/crisis-monitor-niamey-curfew.html              no charset declared, a few Windows-1252 bytes
  broken/truncated.html.gz                            gzip cut at 60% of its bytes (read error)
  broken/photo.html                                   a PNG image with an .html name (decode error)
  broken/latin1-notes.txt                             invalid UTF-8 (Latin-1 bytes) in a .txt
  broken/empty.txt                                    0 bytes
  .DS_Store                                           hidden file, must be skipped

README.md describes every file and the expected Gleaner outcome.
"""

import os
import struct
import zlib

ROOT = os.path.dirname(os.path.abspath(__file__))


def write(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print(f"{len(data):7d}  {rel}")


def gzip_bytes(data):
    """A gzip member (RFC 1952) with mtime 0, no file name, OS byte 255 (unknown)."""
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x02\xff"  # XFL=2: max compression
    co = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    body = co.compress(data) + co.flush()
    trailer = struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return header + body + trailer


# --------------------------------------------------------------------------------------
# 1. A good gzipped article (Northgate Herald template).

MAIDUGURI = """<!doctype html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Gunmen abduct 23 students from school in northeast Nigeria | Northgate Herald</title>
<meta name="author" content="Ibrahim Musa">
<meta name="description" content="Parents gathered outside the school gates as security forces searched the forest near Konduga.">
<meta property="og:title" content="Gunmen abduct 23 students from school in northeast Nigeria">
<meta property="og:site_name" content="Northgate Herald">
<meta property="og:url" content="https://northgateherald.example/news/nigeria-konduga-school-abduction">
<meta name="pubdate" content="2024-03-08">
<style type="text/css">
.menu a { padding: 0 8px; text-transform: uppercase; }
.story-body p { font-size: 18px; line-height: 1.6; }
</style>
<script type="text/javascript">
var _nh = _nh || []; _nh.push(['site', 'northgate-herald']); _nh.push(['article', 'nigeria-konduga-school-abduction']);
</script>
</head>
<body>
<div id="cookie-notice">This website uses cookies to improve your experience. <a href="/cookie-policy">Cookie policy</a> <a href="#" class="btn">OK</a></div>
<div class="header-wrap">
<div class="menu">
<a href="/">Home</a> <a href="/news">News</a> <a href="/news/world">World</a> <a href="/news/uk">UK</a> <a href="/news/conflict">Conflict</a> <a href="/news/refugees">Refugees</a> <a href="/analysis">Analysis</a> <a href="/comment">Comment</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/archive">Archive</a>
</div>
</div>
<div class="page">
<div class="col-main">
<h1 class="headline">Gunmen abduct 23 students from school in northeast Nigeria</h1>
<div class="byline">By <span class="author-name">Ibrahim Musa</span> | Published 8 March 2024, 11:15 GMT</div>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <span class="share-count">Share 1.2K</span></div>
<div class="story-body">
<p>MAIDUGURI, Nigeria &#8212; Gunmen on motorcycles stormed a secondary school near the town of Konduga in Nigeria&rsquo;s northeastern Borno state before dawn on Thursday and abducted 23 students, killing a security guard who tried to stop them, police and parents said.</p>
<p>The attackers arrived at about 3 a.m. and went from dormitory to dormitory, firing into the air, according to a teacher who hid in the school&rsquo;s storeroom. &ldquo;They were shouting for the boys to come out. The girls they left, this time,&rdquo; said the teacher, who asked not to be named for fear of reprisals.</p>
<p>Borno state police spokesman Yakubu Dauda said 17 students had escaped in the confusion and returned to the school on foot by midday. He said troops and members of a civilian self-defence force were combing the Sambisa forest, where the attackers were believed to have fled.</p>
<p>No group has claimed the kidnapping. Borno is the birthplace of a jihadist insurgency that has killed more than 35,000 people and displaced about 2 million since 2009. A splinter faction known as Jama&rsquo;at Ahl al-Gharb has carried out a string of abductions for ransom in the area this year.</p>
<p>Dozens of families gathered outside the school gates on Thursday afternoon, many of them parents who had travelled from surrounding villages. &ldquo;My son is 14. He wanted to be a doctor,&rdquo; said Hauwa Modu, weeping. &ldquo;We sent him to school because we believed it was safe now.&rdquo;</p>
<p>Borno state Governor Umar Kachalla, who visited the school, promised that the students would be rescued &ldquo;unhurt and soon&rdquo; and ordered all boarding schools in the Konduga area closed for two weeks. He said about 2,000 troops had been deployed to the area since January.</p>
<p>The United Nations children&rsquo;s agency, UNICEF, condemned the abduction and said attacks on schools were depriving a generation of children of an education. More than 1,500 students have been kidnapped in Nigeria since the abduction of 276 schoolgirls from Chibok in 2014, according to the agency.</p>
<p>President Emeka Adeyemi said in a statement that he had ordered security chiefs to &ldquo;spare no resources&rdquo; in bringing the children home. Critics say the government has too often paid ransoms, encouraging further kidnappings.</p>
</div>
<div class="newsletter-box">
<div class="nl-title">Sign up for the Northgate World Brief</div>
<div class="nl-text">Our foreign desk&rsquo;s pick of the 5 stories that matter, every evening.</div>
</div>
<div class="donate-box">
<div class="donate-title">Support independent journalism</div>
<div class="donate-text">The Northgate Herald is owned by a charitable trust. Give once or monthly from &pound;3.</div>
</div>
<div class="related-links">
<div class="related-title">More on this story</div>
<div class="related-item"><a href="/news/chibok-10-years">Chibok, 10 years on: 82 girls still missing</a> <span class="count">14 comments</span></div>
<div class="related-item"><a href="/news/borno-ambush">Related: 12 killed in market blast in Borno</a> <span class="count">3 comments</span></div>
</div>
<div class="comments">
<div class="comments-title">Reader comments (2)</div>
<div class="comment-item"><div class="comment-user">Amina B. <span class="comment-time">4 hours ago</span></div><div class="comment-text">Praying for the boys and their families. Bring them back.</div></div>
<div class="comment-item"><div class="comment-user">ColinF <span class="comment-time">2 hours ago</span></div><div class="comment-text">Ten years after Chibok and nothing has changed.</div></div>
</div>
</div>
</div>
<div class="footer">
<div class="footer-links"><a href="/about">About</a> &middot; <a href="/contact">Contact us</a> &middot; <a href="/privacy">Privacy notice</a></div>
<div class="copyright">&copy; Northgate Herald Trust 2024. All rights reserved.</div>
</div>
</body>
</html>
"""

# --------------------------------------------------------------------------------------
# 2. A Windows-1252 page that says so (Frontier Times template). The str below is
#    encoded to cp1252, so curly quotes become 0x93/0x94, the apostrophe 0x92, the en
#    dash 0x96, e-acute 0xE9 and the euro sign 0x80.

OUAGADOUGOU = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<meta charset="windows-1252">
<TITLE>Gunmen attack caf\u00e9 in Ouagadougou, killing 6 | Frontier Times</TITLE>
<META NAME="author" CONTENT="Aminata Ou\u00e9draogo">
<META NAME="date" CONTENT="2023-12-02">
<META PROPERTY="og:title" CONTENT="Gunmen attack caf\u00e9 in Ouagadougou, killing 6">
<META PROPERTY="og:site_name" CONTENT="Frontier Times">
<SCRIPT LANGUAGE="JavaScript">
<!--
var ft_counter = new Image(); ft_counter.src = "http://counter.frontiertimes.example/c.cgi?page=ouaga-cafe";
//-->
</SCRIPT>
<STYLE TYPE="text/css">td.topnav a { color: #FFFFFF; }</STYLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<div class="cookiebar">Frontier Times uses cookies. <a href="/cookies.htm">More info</a> | <a href="#">Close [x]</a></div>
<TABLE WIDTH="100%"><TR><TD class="topnav" BGCOLOR="#336699"><FONT SIZE="1">
<A HREF="/index.htm">HOME</A> | <A HREF="/world.htm">WORLD</A> | <A HREF="/africa.htm">AFRICA</A> | <A HREF="/mideast.htm">MIDDLE EAST</A> | <A HREF="/asia.htm">ASIA</A> | <A HREF="/opinion.htm">OPINION</A> | <A HREF="/archive.htm">ARCHIVE</A> | <A HREF="/subscribe.htm">SUBSCRIBE</A>
</FONT></TD></TR></TABLE>
<TABLE WIDTH="780" CELLPADDING="6"><TR>
<TD VALIGN="top" WIDTH="160" BGCOLOR="#F0F0F0"><FONT SIZE="1"><B>FREE E-MAIL NEWSLETTER</B><BR>Sign up for our weekly Frontier Bulletin \u2013 7 days of news in one e-mail.</FONT></TD>
<TD VALIGN="top" WIDTH="620"><FONT FACE="Verdana, Arial" SIZE="2">
<H1>Gunmen attack caf\u00e9 in Ouagadougou, killing 6</H1>
<B>By Aminata Ou\u00e9draogo</B><BR>
<I>Posted December 2, 2023 \u2013 21:40 GMT</I><BR><BR>
<div class="storytext">
<P>OUAGADOUGOU, Burkina Faso \u2013 Gunmen opened fire on the terrace of a crowded caf\u00e9 in the centre of Burkina Faso\u2019s capital on Saturday evening, killing six people, including a French aid worker, and wounding at least 14 others, the security ministry said.
<P>The attack on the Caf\u00e9 du Baobab, on Avenue Kwame Nkrumah, began at about 8 p.m. when two men on a motorcycle stopped outside and began shooting at customers, witnesses said. Police killed one attacker; the second escaped.
<P>\u201cWe were watching football on the television when we heard the shots. People threw themselves under the tables,\u201d said Rasmata Sawadogo, a waitress. \u201cI saw a young man fall next to me.\u201d
<P>Security Minister Col. Issouf Kabor\u00e9 said on national television that the attack bore the hallmarks of the Katiba Nour al-Sahel, an armed group that controls large parts of the north and east of the country. The group has not commented.
<P>Burkina Faso\u2019s military leader, Capt. Lassané Zongo, declared three days of national mourning. He said about 2,000 troops and volunteer fighters had been deployed to secure the capital, home to about 3 million people, and that checkpoints would be set up on all roads into the city.
<P>The violence that began in the north in 2015 has killed more than 20,000 people and forced about 2 million from their homes. Attacks in Ouagadougou itself have been rare since 2018, when militants struck the French embassy and the army headquarters.
<P>The European Union last month pledged \u20ac45 million in humanitarian aid for the country, where aid groups say nearly 5 million people need assistance. Dozens of families who had fled the north and were living in rented rooms near the caf\u00e9 spent the night at a church in the Gounghin district.
<P>France\u2019s foreign ministry confirmed the death of a French national and advised citizens to avoid public places in the capital \u201cuntil further notice.\u201d
</div>
<BR><CENTER><TABLE WIDTH="90%" BORDER="1" BGCOLOR="#FFFFCC"><TR><TD><FONT SIZE="2"><B>Keep Frontier Times independent.</B> A donation of \u20ac20 keeps a stringer in the field for a day. <A HREF="/donate.htm">Donate securely here</A>.</FONT></TD></TR></TABLE></CENTER>
<BR><B>RELATED STORIES</B><BR>
&raquo; <A HREF="/stories/djibo.htm">Related: 12 killed in market blast in Djibo</A><BR>
&raquo; <A HREF="/stories/sahel-juntas.htm">3 juntas, 1 alliance: the new Sahel</A><BR>
<BR><B>READER COMMENTS (2)</B><BR>
<B>Issa</B> wrote: Ouaga was supposed to be safe. Courage \u00e0 tous.<BR>
<B>M. Dupr\u00e9</B> wrote: Condol\u00e9ances aux familles.<BR>
</FONT></TD></TR></TABLE>
<CENTER><FONT SIZE="1">Copyright &copy; 1998-2024 Frontier Times Media. All rights reserved.</FONT></CENTER>
</BODY>
</HTML>
"""

# --------------------------------------------------------------------------------------
# 3. No charset declared anywhere, ASCII except a few Windows-1252 bytes, so a decoder
#    must notice that the bytes are not UTF-8 and fall back to Windows-1252.
#    \x92 = right single quote, \xe9 = e-acute, \x96 = en dash.

NIAMEY = (
    b"""<!DOCTYPE html>
<html lang="en-US">
<head>
<title>Niger extends night curfew after attacks near Tillaberi | Crisis Monitor</title>
<meta name="author" content="Moussa Abdou">
<meta name="description" content="The curfew covers Niamey and three regions after an attack killed 17 soldiers.">
<meta property="og:title" content="Niger extends night curfew after attacks near Tillaberi">
<meta property="og:site_name" content="Crisis Monitor">
<meta property="article:published_time" content="2024-06-27T12:00:00-05:00">
<script>var cmSettings = {"postId":"48211"};</script>
<style>.cm-menu li{display:inline-block}</style>
</head>
<body class="single-post">
<div class="cc-window cc-banner">This website uses cookies to ensure you get the best experience on our website. <a href="/privacy/">Learn more</a> <a class="cc-btn">Got it!</a></div>
<div role="navigation" class="cm-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/conflict/">Conflict</a></li><li><a href="/category/refugees/">Refugees &amp; Migration</a></li><li><a href="/category/health/">Health</a></li><li><a href="/donate/">Donate</a></li>
</ul></div>
<main id="main" class="site-main">
<h1 class="entry-title">Niger extends night curfew after attacks near Tillaberi</h1>
<div class="entry-meta">by <span class="author vcard">Moussa Abdou</span> <time datetime="2024-06-27">2024-06-27</time></div>
<div class="entry-content">
<p>NIAMEY, Niger \x96 Niger\x92s military authorities extended a night curfew in the capital and three western regions on Thursday after militants killed 17 soldiers in an ambush near the town of Tillaberi, the defence ministry said.</p>
<p>The soldiers were escorting a convoy of fuel trucks when they were attacked by about 100 fighters on motorcycles, the ministry said in a statement read on state television. At least 14 people were wounded, and the army said it had killed \x93dozens of terrorists\x94 in the counterattack.</p>
<p>The curfew, from 10 p.m. to 5 a.m., will remain in force in Niamey, home to about 1.5 million people, for at least another month. Bars, restaurants and the city\x92s famous riverside caf\xe9 terraces must close by 9 p.m., the interior ministry said.</p>
<p>\x93The curfew is killing my business,\x94 said Hama Boubacar, who runs a small caf\xe9 near the Grand Marche. \x93But if it keeps us alive, what can I say?\x94</p>
<p>Niger has faced a worsening insurgency in the tri-border area with Mali and Burkina Faso since the army seized power in 2023. About 1,500 troops from a former Western partner left the country last year, and the military government has since turned to new allies.</p>
<p>Dozens of families have fled villages around Tillaberi in recent weeks, according to the U.N. refugee agency, which said more than 400,000 people were internally displaced in Niger. The Red Crescent said its teams had distributed food and blankets to 600 families in the town.</p>
<p>Gen. Salifou Mahamane, the army chief of staff, visited the wounded at the national hospital in Niamey and promised \x93a merciless response.\x94 Analysts say the army is stretched thin across a vast territory, with few aircraft and limited intelligence support.</p>
<p>Aid groups warned that the curfew and road closures were making it harder to reach people in need. \x93Our trucks can only move by day, and the days are when the roads are most dangerous,\x94 said Kadidja Issoufou, a coordinator with a Nigerien aid group.</p>
</div>
<section class="cta-newsletter"><h3>Stay informed</h3><p>Sign up for the Crisis Monitor Daily, delivered at 7 a.m. ET.</p></section>
<section class="cta-donate"><p><strong>Crisis Monitor is reader-supported.</strong> A gift of any size keeps our reporters in the field.</p></section>
<section class="more-from"><h2>More from Crisis Monitor</h2><ul><li><a href="/sahel-3">Related: 12 killed in market blast in Mopti</a></li><li><a href="/niger-aid">Niger aid appeal 25% funded</a></li></ul></section>
<section id="comments" class="discussion"><h2>2 thoughts on this story</h2>
<ol><li class="comment"><cite>Ali</cite> <p>Stay safe Niamey.</p></li><li class="comment"><cite>R. Baines</cite> <p>17 soldiers. Barely any coverage elsewhere.</p></li></ol></section>
</main>
<div class="cm-footer">&copy; 2024 Crisis Monitor. Proudly powered by WordPress.</div>
</body>
</html>
"""
)

# --------------------------------------------------------------------------------------
# 4. The article inside broken/truncated.html.gz (it never decompresses completely).

TRUNCATED_SOURCE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Landmine blast kills 4 shepherds in Afghan border district | The Meridian Post</title>
<meta name="author" content="Farzana Sadat">
<meta property="og:site_name" content="The Meridian Post">
</head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/world/asia">Asia</a></nav></header>
<main>
<article>
<h1>Landmine blast kills 4 shepherds in Afghan border district</h1>
<p>JALALABAD, Afghanistan &#8212; A landmine left over from decades of war exploded in a mountain pasture in eastern Afghanistan on Sunday, killing four young shepherds and wounding two others, provincial officials said.</p>
<p>The boys, aged between 9 and 14, were grazing sheep near the Pakistani border in Nangarhar province when one of them picked up the device, said the provincial spokesman, Qari Abdul Basir. The two wounded boys were taken to the regional hospital in Jalalabad.</p>
<p>Afghanistan is one of the most heavily mined countries in the world. The U.N. Mine Action Service says unexploded ordnance kills or injures dozens of people every month, most of them children who mistake the devices for toys or scrap metal they can sell.</p>
<p>&ldquo;Every spring, when the snow melts, the mines come out of the ground,&rdquo; said Noor Rahman, a deminer with a local clearance group. &ldquo;We clear one field and the rain washes new ones down from the mountain.&rdquo;</p>
<p>International funding for mine clearance has fallen sharply since 2021, and several clearance teams have been disbanded, according to aid groups. The U.N. says about 3 million Afghans live within a kilometre of a known hazardous area.</p>
<p>Villagers in the district said they had asked for their pastures to be cleared last year. &ldquo;Nobody came,&rdquo; said Gul Agha, an uncle of two of the boys. &ldquo;Now we are burying our children.&rdquo;</p>
</article>
</main>
<footer class="site-footer"><p>&copy; 2024 The Meridian Post Ltd.</p></footer>
</body>
</html>
"""

# --------------------------------------------------------------------------------------
# 5. A small valid PNG (16x16, RGB gradient) -- binary, starts with \x89PNG and has NULs.

def png_bytes(width=16, height=16):
    def chunk(kind, payload):
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
    raw = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 16, y * 16, 128))
        for y in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------
# 6. A .txt with Latin-1 bytes (0xE9 = e-acute, 0xE0 = a-grave), so it is not UTF-8.

LATIN1_NOTES = (
    b"Notes from the field, Bangui, Central African Republic\n"
    b"\n"
    b"Met the pr\xe9fet of Ouham at 9 a.m. He says the r\xe9fugi\xe9s from Paoua are\n"
    b"still arriving, about 300 a day. Road to Bossangoa closed apr\xe8s the\n"
    b"ambush on Tuesday (3 gendarmes killed). MSF clinic \xe0 Bossangoa says at\n"
    b"least 14 wounded treated since Monday. Call back Col. Ngaba re: numbers.\n"
)

# .DS_Store: a hidden Finder metadata file (fake but shaped like one: "Bud1" magic, NULs).
DS_STORE = b"\x00\x00\x00\x01Bud1" + b"\x00" * 8 + b"\x10\x00\x00\x00\x08\x00" + b"\x00" * 42


def main():
    write("html/northgate-herald-maiduguri-abductions.html.gz",
          gzip_bytes(MAIDUGURI.encode("utf-8")))

    cp = OUAGADOUGOU.encode("cp1252")
    for b in (b"\x93", b"\x94", b"\x96", b"\xe9", b"\x80", b"\x92"):
        assert b in cp, b
    write("html/frontier-times-ouagadougou-cafe-attack.html", cp)

    assert b"charset" not in NIAMEY.lower()
    write("html/crisis-monitor-niamey-curfew.html", NIAMEY)

    whole = gzip_bytes(TRUNCATED_SOURCE.encode("utf-8"))
    write("broken/truncated.html.gz", whole[: len(whole) * 6 // 10])

    write("broken/photo.html", png_bytes())
    write("broken/latin1-notes.txt", LATIN1_NOTES)
    write("broken/empty.txt", b"")
    write(".DS_Store", DS_STORE)


if __name__ == "__main__":
    main()
