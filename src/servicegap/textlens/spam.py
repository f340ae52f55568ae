"""Spam kinds: links with promotions, sales phone numbers, gibberish and keyboard mashing,
placeholder text (lorem ipsum), blog-comment spam ("great article, keep up the good work
admin"), off-topic text (a film, a book, a song, a recipe), loans, pills and weight-loss
offers, one word repeated many times."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from servicegap.textlens import learn

# The end of a web address ("example" is the reserved one)
_TLDS = (
    r"(?:com|net|org|io|biz|info|xyz|ru|shop|site|online|top|club|ly|fr|es|de|eu|uk|store|example|"
    r"test|click|vip)"
)
_LINK = re.compile(r"https?://|\bwww\.|(?<=[a-z0-9])\." + _TLDS + r"\b")
_TLD = re.compile(r"\." + _TLDS + r"\b")
# Promotion words and word pairs (on the comment's tokens, numbers as '<n>').
_PROMO_WORDS = learn.wordset(
    "discount promo promotion coupon crypto bitcoin forex casino betting viagra cialis loan "
    "loans seo backlink backlinks followers whatsapp telegram wholesale subscribe giveaway "
    "winner dating escríbeme escribeme contáctame contactame pincha lottery loterie lotería "
    "steroids stéroïdes esteroides"
)
_PROMO_PAIRS = frozenset(
    [
        "buy now",
        "order now",
        "<n> off",
        "free gift",
        "free trial",
        "free iphone",
        "free money",
        "free followers",
        "free shipping",
        "free samples",
        "click here",
        "click the",
        "click below",
        "click now",
        "limited offer",
        "time offer",
        "special offer",
        "act now",
        "earn <n>",
        "make money",
        "guest post",
        "guest posts",
        "from home",
        "cheap pills",
        "investment opportunity",
        "dm me",
        "best price",
        "best prices",
        "our site",
        "our website",
        "my website",
        "my channel",
        "my page",
        "have won",
        "congratulations you",
        "hot singles",
        "diet pills",
        "slimming pills",
        "weight loss",
        "lose weight",
        "payday loan",
        "payday loans",
        "fast cash",
        "quick cash",
        "easy cash",
        "credit check",
        "bad credit",
        "instant approval",
        "guaranteed results",
        "extra income",
        "passive income",
        "work from",
        "per week",
        "lose <n>",
        "burn fat",
        "fat burner",
        "male enhancement",
        "enlargement pills",
        "free movies",
        "watch free",
        # French and Spanish loans and weight loss
        "prêt rapide",
        "crédit rapide",
        "sans justificatif",
        "pour maigrir",
        "maigrir vite",
        "perdez <n>",
        "perdre <n>",
        "préstamo rápido",
        "préstamos rápidos",
        "sin aval",
        "para adelgazar",
        "pierde <n>",
        "pierda <n>",
        "perder <n>",
        # a profile, a channel or a page to visit, and calls to act, in three languages
        "in bio",
        "shipped worldwide",
        "top prices",
        "cliquez ici",
        "cliquant ici",
        "mon site",
        "mon blog",
        "ma chaîne",
        "contactez moi",
        "écrivez moi",
        "appelez vite",
        "gagnez un",
        "gagnez une",
        "gagnez <n>",
        "découvrez mon",
        "haz clic",
        "mi canal",
        "mi blog",
        "llame ya",
        "llama ya",
        "llame ahora",
        "llama ahora",
        "gana un",
        "gana una",
        "gana dinero",
        "escríbenos al",
        # pills and weight loss in other words, prizes and fees to pay at a link
        "belly fat",
        "lose belly",
        "blue pills",
        "growth pills",
        "prescription needed",
        "steroids online",
        "ventre plat",
        "perdez du",
        "perdre du",
        "pierde peso",
        "bajar de peso",
        "email won",
        "claim your",
        "claim at",
        "enter your",
        "likes for",
        "followers for",
        "seguidores reales",
        "rencontres gratuites",
        "conoce gente",
        "prix cassés",
        "download now",
        "order at",
    ]
)
# The business's own offer or the customer's own loan, named with a determiner ("the
# discount code from your flyer", "my loan application", "la promo sur les jeans"): a
# customer's question or complaint, not an advert.
_THEIR_OFFER = re.compile(
    r"\b(?:the|my|our|your|their|this|that|his|her|student|loyalty|la|le|ma|mon|votre|vos|"
    r"el|mi|su|tu|vuestra|vuestro|este|esta)\s+(?:\w+\s+)?"
    r"(?:discount|promo|promotion|coupon|loan|loans|whatsapp|telegram)\b"
    r"|\b(?:discount|promo|coupon)\s+code\b|\bcode\s+promo\b"
)
# The business's own channel, where the customer read something ("saw on your blog you
# open Sundays", "the code from your newsletter"): not blog praise, not an advert.
_SEEN_ON = re.compile(
    r"\b(?:on|in|from|at|sur|dans|en|de|du)\s+(?:your|the|votre|le|el|vuestro|vuestra|tu)\s+"
    r"(?:blog|website|web|site|page|newsletter|flyer|email|e-mail|app|instagram|facebook)\b"
    r"|\b(?:your|votre|vuestro|vuestra)\s+(?:website|site|page|flyer|newsletter)\s+(?:says|said|"
    r"dit|indique|pone|dice)\b"
)
_CHANNELS = learn.wordset(
    "blog website web site page newsletter flyer email e-mail app instagram facebook"
)
# Essays written for students: two such words, or one from a seller ("we write essays").
_ESSAY_WORDS = learn.wordset("essay essays plagiarism plagiarism-free dissertation dissertations")
_OFFER_WORDS = learn.wordset("discount promo promotion coupon loan loans whatsapp telegram")
# A customer's own voice: the comment tells of their visit or asks the business ("I came to
# talk about a loan", "me cancelaron la cita por WhatsApp", "is there a discount for…?"),
# where one word an offer shares with customers is no advert; unless they sell ("we offer",
# "message me").
_CUSTOMER_VOICE = re.compile(
    r"\b(?:i|we)(?:'ve|'d| have| had| was| were)?\s+(?:\w+\s+)?(?:came|went|asked|was|were|"
    r"wanted|tried|got|had|booked|ordered|paid|called|rang|phoned|need|needed|like|want|"
    r"promised|told|applied|used|left|talk|talked|spoke|bought|earned|agree|said)\b"
    r"|\b(?:my|our)\s+(?:\w+\s+){0,2}(?:account|order|booking|appointment|bill|card|loan|"
    r"mortgage|prescription|car|parcel|refund|discount|pension|purchase|membership|subscription|"
    r"rate|plan|tariff|reservation|flight|ticket)\b"
    r"|\b(?:losing|lost|charged|told|promised|gave|refused|denied|offered|owe|owes)\s+(?:me|us)\b"
    r"|\b(?:didn't|didnt|did not|wasn't|wasnt|never|hasn't|hasnt|still no)\s+(?:\w+\s+)?"
    r"(?:come|came|arrive|arrived|get|got|apply|applied|work|worked|show|showed)\b"
    r"|\bme\s+(?:cancelaron|cambiaron|dijeron|cobraron|atendieron|ofrecieron|han)\b"
    r"|\b(?:j'ai|je voudrais|je veux|on m'a)\b"
    # a question to the business ("do you have a bereavement discount?", "any promo codes?")
    r"|^\W*(?:@\w+\W+)*(?:is|are|do|does|can|could|will|would|any|se puede|puedo|hay|"
    r"est-ce que|avez-vous|peut-on)\b[^?]*\?"
    r"|\b(?:is there|are there|do you|can i|can we|could i|could you)\b[^?]*\?"
    r"|^\W*(?:@\w+\W+)*(?:\w+\s+){0,3}(?:discount|promo|coupon|loan)s?\s+for\b[^?]*\?"
    r"|\b(?:is there|are there|do you have|do you do|do you offer|can i get|can we get|"
    r"could i get|any)(?:\s+\w+){0,3}\s+(?:discount|promo|coupon|loan)"
    r"|\b(?:i|we)(?:'m| am|'re| are)\s+(?:\w+\s+)?(?:booking|flying|trying|going|waiting|"
    r"travelling|traveling|hoping|staying)\b"
)
_SELLER_VOICE = re.compile(
    r"\b(?:contact|message|dm|text|call|whatsapp|email|e-mail|write to|ping|add)\s+me\b"
    r"|\b(?:we|i)\s+(?:offer|provide|sell|give|lend|can help)\b|\bapply (?:now|today|online)\b"
    r"|\b(?:available|valid) (?:now|today)\b|\bthis (?:week|weekend) only\b"
    r"|\b(?:are you|do you|you) (?:looking for|need|want|tired|struggling)\b"
    r"|\bneed (?:a|an|some|fast|quick|urgent) (?:\w+ )?(?:loan|cash|money|discount)\b"
    r"|\b(?:escríbeme|escribeme|contáctame|contactame|contactez-moi|écrivez-moi)\b"
)
# Beside a link, a call to buy, claim, pay or sign up makes it an advert
_LINK_ACT = re.compile(
    r"\b(?:buy|claim|download|register|sign up|enter your|apply now|order (?:now|at|online|here|"
    r"today)|shop now|get yours|pay \d|cheap|payez|commandez|inscrivez|achetez|visitez|"
    r"réservez sur|confirmez|pague|compra|comprar|regístrate|registrate|descarga|visita|reclama|"
    r"inscríbete|inscribete)\b"
)
# An address the reader is told to pay, contact or visit ("pay the 1.99 fee at
# parcel.example", "contact essays.example", "see appcraft.xyz"), or that signs the comment
# ("…, discreet shipping, pharmacyrx.top"): an advert or phishing even
# when it speaks of a parcel or an account (in the same clause, the address within a few
# words). Not a customer trying to pay on the business's site ("I tried to pay at…"), nor an
# e-mail address, which is as often the customer's own ("pls contact me at …@…").
_ADDRESS = r"[\w-]+(?:\.[\w-]+)*\." + _TLDS + r"\b"  # a domain, "parcel-hold.example"
_LINK_INVITE = re.compile(
    r"(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\bcan't )(?<!\bcannot )(?<!\bcouldn't )(?<!\btried )"
    r"(?<!\bdon't )(?<!\bnever )(?<!\balways )(?<!\bme )(?<!\bmust )(?<!\bnot )"
    r"\b(?:pay|verify|confirm|claim|contact|email|e-mail|visit|see|check out|go to|apply|"
    r"register|sign up|buy|order|update|write to|message|whatsapp|telegram|payez|confirmez|"
    r"confirmer|contactez|visitez|commandez|achetez|écrivez|répondez|paga|pague|confirma|"
    r"contacta|contacto|visita|compra|escríbenos|escribenos|reclama|actualiza)\b"
    r"(?!\s+(?:me|moi|nos|us)\b)(?:[^.,;!?\n]|(?<=\d)[.,](?=\d)){0,45}?(?::\s*)?"
    r"(?<![\w.@-])"
    + _ADDRESS
    # or signed with an address at the end, after a comma or a dash ("…, pharmacyrx.top")
    + r"|(?:[,;:]|\s[–—-])\s*(?:https?://)?"
    + _ADDRESS
    + r"/?\s*[.!]?\s*$"
)
# A garage's courtesy car is not a loan offer.
_NOT_PROMO_PAIRS = frozenset(["loan car", "loan vehicle", "loan van", "loan bike"])
_PHONE = re.compile(r"\+?\d[\d ().-]{7,}\d")
_CALL = re.compile(r"\b(?:call|text|whatsapp|contact|ring|dial|sms)\b")
# A customer's own number to be called back on: "call me back on…", "text me when…"
_CALL_ME = re.compile(
    r"\b(?:call|text|ring|contact|reach|phone)\s+(?:me|us)\b|\bmy (?:number|mobile)\b"
    # a number that called or texted the customer ("a text from 07700 900588, is it you?")
    r"|\b(?:from|de|desde|par le)\s+\+?\d"
)
_FILM_WORDS = learn.wordset(
    "movie movies film films trailer episode episodes netflix sequel prequel actor actors "
    "actress cinema soundtrack spoiler spoilers plot finale screenplay blockbuster oscar "
    "starring series peli pelis película películas série séries serie episodio episodios "
    "épisode épisodes temporada saison acteur actrice actriz réalisateur thriller thrillers "
    "sitcom documentary anime sci-fi season seasons"
)
# Books, songs and recipes: off-topic unless the comment also speaks of the service.
_CULTURE_WORDS = learn.wordset(
    "novel novels author authors chapter chapters paperback bestseller audiobook album "
    "albums song songs lyrics singer band playlist chorus verse poem poetry guitar "
    "recipe recipes tablespoon tablespoons teaspoon teaspoons tbsp tsp preheat simmer "
    "whisk stir marinate roman romans auteur novela novelas chanson chansons canción "
    "canciones cantante chanteur chanteuse recette recettes receta recetas"
)
# Sport talk: off-topic unless the comment also speaks of the service or a venue
_SPORT_WORDS = learn.wordset(
    "match cricket rugby football soccer fútbol futbol partido league playoff playoffs "
    "championship tournament prix nba nfl boxing fight score scored goal goals striker "
    "referee quarterback inning innings"
)
_SPORT_TALK = re.compile(
    r"\b(?:who|who's|anyone|did you|did anyone|anybody)\s+(?:\w+\s+)?(?:won|win|watching|watch|see|"
    r"saw|seen|catch|hyped|know the score)\b|\bwhat'?s the score\b|\bmy money'?s on\b"
    r"|\b(?:quién|quien|alguien)\s+(?:\w+\s+)?(?:ganó|gano|sabe|vio|ha visto)\b"
    r"|\b(?:qui|quelqu'un)\s+(?:\w+\s+)?(?:a gagné|a vu|a le score|regarde)\b"
    r"|\b(?:last night|this weekend|anoche|hier soir|ce week-end)\b"
)
# The comment spam under blog posts: praise of "the article", thanks to "admin".
_BLOG = re.compile(
    r"\b(?:blog|blogs|write-up|writeup)\b"
    r"|\b(?:great|nice|good|informative|excellent|amazing|awesome|wonderful|useful|"
    r"interesting|fantastic|brilliant|superb)\s+(?:\w+\s+)?(?:post(?! office\b)|posts|"
    r"content|read|website|site|information|info|article|articles)\b"
    r"|\b(?:this|your) (?:article|articles|post|posts|website)\b(?! office\b)(?! about\b)"
    r"|\b(?:dear )?admin\b|\bwebmaster\b|\bthanks? (?:you )?for (?:sharing|posting)\b"
    r"|\bthanks? (?:you )?for (?=(?:the|this|your) (?:\w+ )?(?:article|post|info|information|"
    r"read)\b)|\bbookmark\w*"
    r"|\btried (?:this|the|your) (?:\w+ )?recipe\b"
    r"|\bsubscribed? to your\b|\bfollowing your (?:blog|site|posts)\b|\bvery informative\b"
    r"|\bwell written\b|\bi will share\b|\bshared (?:it|this) with my friends\b"
)
# The same in Spanish and French, and the chatter under a video: tried only with these words.
_BLOG_MORE = re.compile(
    r"\bgracias por compartir\b|\bmerci (?:pour|du) (?:le )?partage\b|\bmerci pour cet article\b"
    # ("artículo" and "article" are also the item bought: praised alone, they are not spam)
    r"|\b(?:excelente|genial|gran|buen|buenísimo|interesante|bonito|precioso|magnífico|"
    r"fantástico) (?:post|blog|entrada|tutorial)\b|\b(?:artículo|article) (?:sobre|sur)\b"
    r"|\bsigue así\b|\badministrador\b"
    r"|\b(?:super|bel|très bon|excellent|superbe|intéressant|génial) (?:post|billet|blog)\b"
    r"|\bcontinuez\b"
    r"|\b(?:este|el|tu|vuestro|ce|le|ton|votre|cet) (?:post|tutorial|tuto)\b(?!-)"
    r"|\bgracias por (?:la información|la info|el post|el artículo|los consejos|el tutorial)\b"
    r"|\bmerci pour (?:ces|les|vos|tes) (?:conseils|astuces|infos|informations)\b"
    r"|\b(?:abonnée?|suscrita?|suscrito) (?:à|a) (?:la|votre|tu|vuestra) (?:newsletter|chaîne|canal)\b"
    r"|\bwho else (?:is|'s) (?:still )?(?:watching|reading|listening|here)\b"
)
_BLOG_MORE_WORDS = learn.wordset(
    "compartir partage merci else artículo post blog sigue administrador article billet continuez "
    "tutorial tuto gracias abonné abonnée suscrito suscrita"
)
# "Keep up the good work" is also a customer's praise: blog spam only beside another sign.
_KEEP = re.compile(r"\bkeep (?:up the (?:good|great|nice) work|it up|posting|writing|sharing)\b")
_BLOG_WORDS = learn.wordset(
    "article articles blog blogs post posts content website site keep admin webmaster "
    "sharing posting bookmark bookmarked bookmarking subscribed following informative written "
    "shared writeup compartir partage merci else artículo administrador billet tutorial tuto "
    "gracias abonné abonnée suscrito suscrita"
)
# With something said about the service, only these make the blog test worth running.
_BLOG_STRONG = learn.wordset(
    "article articles blog blogs admin webmaster bookmark bookmarked bookmarking informative "
    "posting subscribed written artículo administrador"
)
# Talking about a film, a song, a book or a recipe of one's own: one such word is enough
# with one of these ("has anyone seen the new … film", "stuck in my head").
_FAN_TALK = re.compile(
    r"\b(?:anyone|just|finally|have you|did you|who has|who's)\s+(?:\w+\s+)?(?:seen|watched|"
    r"read|finished|heard|listened)\b|\bstuck in my head\b|\bon repeat\b|\bcan't stop "
    r"(?:watching|listening|reading)\b|\bkilled (?:him|her|them) off\b"
    r"|\b(?:quelqu'un|qui|tu|vous)\s+(?:a|as|avez)\s+(?:vu|lu|regardé|écouté)\b"
    r"|\b(?:alguien|quién|quien)\s+(?:ha\s+)?(?:visto|vio|leído|leido|escuchado)\b"
    r"|\bme la vi\b|\b(?:last night|anoche|hier soir|d'hier soir|de anoche)\b"
    r"|\b(?:j'ai testé|j'ai essayé|he probado|probé) (?:la|cette|esta) (?:recette|receta)\b"
    r"|\btried (?:this|the|your) (?:\w+ )?recipe\b|\bobsessed with\b|\bwatched it\b"
    r"|\b(?:love|loved|hate|hated|adore)\s+(?:this|that|the)\s+(?:movie|film|book|series|"
    r"episode)\b"
    r"|\bhyped for\b|\bbinge[ -]?watched\b"
)
# One's own recipe told (its food words read as the product): "my grandma's recipe uses…"
_OWN_RECIPE = re.compile(
    r"\b(?:my|our)\s+(?:[\w']+\s+){0,2}recipe\s+(?:uses|calls for|needs|is from|has)\b"
)
# A film, a band or a book at the business is the visit ("the hotel's film night").
_VENUE_WORDS = learn.wordset(
    "hotel hotel's hotels pub bar restaurant café cafe lounge lobby reception venue night "
    "evening popcorn room rooms stay shop gym club staff bistro brasserie hostel resort "
    "cruise ship"
)
# Chatter about politics, faith or the stars: off-topic where nothing is said of the service
# and no venue is named, two of these words at least (the weather is left out: a storm or
# snow is often the service's own news, a delay, a roof, a boiler).
_CHATTER_WORDS = learn.wordset(
    "election elections government governments vote voting voters politician politicians "
    "parliament minister opposition taxes god pray prayer prayers faith bible heaven jesus "
    "church horoscope zodiac aries taurus gemini virgo libra scorpio sagittarius capricorn "
    "aquarius pisces gouvernement élection élections dieu prière horoscope capricorne verseau "
    "gobierno elecciones dios oración horóscopo debate candidate candidates votes rigged "
    "president referendum país sheeple"
)
# "Thank God", "oh my God": no talk of faith.
_BY_GOD = re.compile(r"\b(?:thank|thanks|oh my|omg|my|for|swear to|hand of) god\b")
# ... unless the comment speaks to the business of its own place ("the posters are blocking
# your door", "hope you reopen soon"): a customer's, whatever else it talks of.
_TO_THE_BUSINESS = re.compile(
    r"\byour (?:door|doors|shop|store|staff|team|place|premises|entrance|window|windows|"
    r"car ?park|parking|sign|building|branch|office|counter|menu|service)\b"
    r"|\b(?:you|you're|you are|you will|you'll|you can)\s+(?:re-?)?open"
    r"|\bvotre (?:porte|boutique|magasin|équipe|vitrine)\b|\bsu (?:puerta|tienda|local)\b"
)
# Talk to the other readers, not to the business ("does anyone know if the bridge is still
# closed?", "anyone selling tickets for Saturday?", "who's watching the final tonight"):
# off-topic where nothing is said of the service, no venue is named and nobody is "you".
_TO_THE_CROWD = re.compile(
    r"\b(?:anyone|anybody)\s+(?:else\s+)?(?:know|knows|selling|watching|want|wanna|fancy)\b"
    r"|\bwho(?:'s| is)\s+watching\b"
    r"|\b(?:alguien|quelqu'un)\s+(?:sabe|sait|vende|vend|va|a vu|ha visto)\b"
)
_BUSINESS_QUESTION = learn.wordset(
    "open opens opening reopen reopens hours closed shut ouvre rouvre ouvert ouverte horaires "
    "abre abren abierto abierta horario branch pharmacy shop store surgery clinic office "
    "collected collection stock jab jabs appointments farmacia tienda pharmacie magasin"
)
_YOU = learn.wordset("you your you're yours vous votre vos usted ustedes su sus vosotros tu te")
# A test of the form by whoever set it up: only these words, one of `_TEST_CORE` among them
_TEST_WORDS = learn.wordset(
    "test testing tests tester teeest tst <n> please ignore just a this is form message entry "
    "submission comment sample placeholder text here hello world working only ceci est un "
    "formulaire texte bla essai prueba probando del de la formulario hola mensaje one two three "
    "again the my our it out to see if works teest teeest teeeest tesst testt"
)
_TEST_CORE = learn.wordset(
    "test testing tests teest teeest teeeest tesst testt tst essai prueba probando placeholder "
    "sample working"
)
# The typists' sentence and "just checking the form" (ending the comment): a test of the
# form too, in a short comment.
_TEST_PHRASE = re.compile(
    r"\bquick brown fox\b|\bjust (?:checking|testing) (?:the |this |if |whether |that )?"
    r"(?:the |this )?(?:comment box|comment form|comment|form|box|field|it works|this works)"
    r"(?: works| is working| works ok)?\W*$"
)
# Where a match is watched as part of the visit ("last night" is no venue here)
_SPORT_VENUES = _VENUE_WORDS - {"night", "evening", "room", "rooms", "stay"}
_LOREM = learn.wordset(
    "lorem ipsum dolor amet consectetur adipiscing elit sed eiusmod tempor incididunt labore "
    "dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi "
    "aliquip commodo consequat duis aute irure reprehenderit voluptate velit esse cillum fugiat "
    "nulla pariatur excepteur sint occaecat cupidatat proident sunt culpa officia deserunt "
    "mollit anim laborum"
)
# Rows of English and French keyboards: a word along one of them is keyboard mashing.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")


# Three keys or more side by side on a row ("sdf", "asdf", "lkj"); a few three-letter runs
# are words ("poi", "rez"…).
_ALONG_ROWS = frozenset(
    line[i:j]
    for row in _ROWS
    for line in (row, row[::-1])
    for i in range(len(line))
    for j in range(i + 3, len(line) + 1)
) - {"poi", "ert", "rez", "wer"}
_LAUGHS = frozenset(["ha", "he", "hi", "ho", "lo", "la", "no", "o", "a", "e"])
# The keys down a column ("qaz", "edc"): a word made of these alone is typed without looking.
_COLUMNS = frozenset(["qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm", "zaq", "xsw", "cde", "vfr"])
_VOWELS = frozenset("aeiouy")


def _mashed(word: str) -> bool:
    """A word typed along a keyboard row ("asdf") or down its columns ("qazwsx"), or a
    short chunk said over and over ("jkjkjk", "sdfsdfsdf", "asdfasdf", "jhgjhg"; not
    laughter such as "hahaha", nor a real word said twice such as "couscous")."""
    if len(word) < 4:
        return False
    if word in _ALONG_ROWS:
        return True
    if len(word) % 3 == 0 and all(word[i : i + 3] in _COLUMNS for i in range(0, len(word), 3)):
        return True
    for size in (3, 4, 5, 6):
        chunk = word[:size]
        if (
            len(word) % size == 0
            and len(word) > size
            and word == chunk * (len(word) // size)
            and (chunk in _ALONG_ROWS or _VOWELS.isdisjoint(chunk))
        ):
            return True  # typed along a row, or with no vowel: not a word
    if len(set(word)) > 3 or not word.isalpha():
        return False
    for size in (1, 2, 3):
        chunk = word[:size]
        if (
            len(word) >= 3 * size + (size == 1)
            and word == (chunk * (len(word) // size + 1))[: len(word)]
        ):
            return chunk not in _LAUGHS
    return False


# a word of four or more consonants, or a run of five inside a word
_CONSONANTS = re.compile(r"[bcdfghjklmnpqrstvwxz]{4}")
_GARBLED = re.compile(r"\b[bcdfghjklmnpqrstvwxz]{4,}\b|[bcdfghjklmnpqrstvwxz]{5,}")


_PUNCTUATED = re.compile(r"[.,!?;:]")
_PLAIN_PAIR_WORDS = learn.wordset(
    "very so really too good great nice bad thank thanks you love yes no ok the a and i it"
)


def _stuffed(lower: str, pairs: Sequence[str]) -> bool:
    """Search-engine text: a pair of two different words said three times or more with no
    sentence between them ("cheap hotel london cheap hotel deals cheap hotel near me")."""
    if _PUNCTUATED.search(lower):
        return False
    pair, count = Counter(pairs).most_common(1)[0]
    if count < 3:
        return False
    first, _, second = pair.partition(" ")
    return first != second and first not in _PLAIN_PAIR_WORDS and second not in _PLAIN_PAIR_WORDS


def _tested(words: Sequence[str], wordset: frozenset[str] | set[str]) -> bool:
    """Whether the comment is only a test of the form ("test 123", "testing, please
    ignore", "ceci est un test", "probando probando", "hello world")."""
    if wordset.isdisjoint(_TEST_CORE) and not {"hello", "world"} <= wordset:
        return False
    return wordset <= _TEST_WORDS or all(w in _TEST_WORDS or not w.isalnum() for w in wordset)


def spam_kinds(
    lower: str,
    words: Sequence[str],
    wordset: frozenset[str] | set[str],
    pairs: Sequence[str],
    service_hits: float,
) -> list[str]:
    """The spam kinds this text shows (empty when it is not spam by rule)."""
    kinds: list[str] = []
    link = "http" in lower or "www." in lower or bool(_TLD.search(lower) and _LINK.search(lower))
    promo = (
        0
        if wordset.isdisjoint(_PROMO_WORDS) and _PROMO_PAIRS.isdisjoint(pairs)
        else len(wordset & _PROMO_WORDS)
        + len(_PROMO_PAIRS.intersection(pairs))
        - len(_NOT_PROMO_PAIRS.intersection(pairs))
    )
    seen_on = _SEEN_ON.search(lower) if not link and not wordset.isdisjoint(_CHANNELS) else None
    if seen_on is not None:  # read the rest only: the channel named is the business's
        lower = _SEEN_ON.sub(" ", lower)
        if promo:
            promo -= 1
    if promo > 0 and (not wordset.isdisjoint(_OFFER_WORDS) or "code" in wordset):
        promo -= len(_THEIR_OFFER.findall(lower))
        if (
            promo == 1
            and not link
            and len(wordset & _PROMO_WORDS) == 1
            and not wordset.isdisjoint(_OFFER_WORDS)
            and _PROMO_PAIRS.isdisjoint(pairs)
            and _CUSTOMER_VOICE.search(lower)
            and not _SELLER_VOICE.search(lower)
        ):
            promo = 0
    if (
        not promo
        and not wordset.isdisjoint(_ESSAY_WORDS)
        and (len(wordset & _ESSAY_WORDS) >= 2 or _SELLER_VOICE.search(lower))
    ):
        promo = 2  # a seller of essays, whatever service words come with it
    if link and not promo and service_hits < 2 and _LINK_ACT.search(lower):
        promo = 1  # "cheap codes at unlock.example.com", "payez 1,99 € sur …"
    if link and (promo > 0 or service_hits == 0 or _LINK_INVITE.search(lower)):
        kinds.append(
            "a link with a promotion"
            if promo > 0
            else "a link and nothing about the visit"
            if service_hits == 0
            else "an address to pay, contact or visit"
        )
    elif promo > 0 and (service_hits < 2 or promo >= 2):
        kinds.append("a promotion")
    phone = "<n>" in wordset and _PHONE.search(lower)
    if (
        phone
        and sum(ch.isdigit() for ch in phone.group(0)) >= 9
        and (promo or (_CALL.search(lower) and service_hits < 2 and not _CALL_ME.search(lower)))
    ):
        kinds.append("a phone number for sales")
    n = len(words)
    if n >= 5 and len(wordset) * 2 <= n + 2:
        # (numbers aside: "18:05 now 18:37 now cancelled" is a timetable, not a word)
        word, count = (Counter(w for w in words if w != "<n>").most_common(1) or [("", 0)])[0]
        if count >= 5 and count * 2 >= n:
            kinds.append(f"the word '{word}' repeated {count} times")
    garbled = set(_GARBLED.findall(lower)) if _CONSONANTS.search(lower) else None
    if garbled:
        if len(garbled) == 1:
            (g,) = garbled
            odd = sum(1 for w in words if g in w)
        else:  # a word that is one of them, or holds one
            odd = sum(1 for w in words if any(g in w for g in garbled))
        alpha = sum(1 for w in words if w.isalpha())
        if odd * 2 > alpha or (alpha == 1 and len(lower.strip()) >= 12):
            kinds.append("gibberish")
    if "gibberish" not in kinds and words and service_hits < 1 and len(words) <= 12:
        # keyboard mashing is short and says nothing of the service
        # (a word along a row, or of three letters or fewer repeated: cheap tests first)
        mashed = sum(
            1
            for w in words
            if (len(w) >= 4 and w.isalpha() and _mashed(w))
            or w in _ALONG_ROWS
            or w in _COLUMNS
            or (len(w) >= 3 and w.isalpha() and len(set(w)) == 1 and w[0] not in "hmzo")
        )
        if mashed and mashed * 2 > sum(1 for w in words if w.isalpha()):
            kinds.append("keyboard mashing")
    if not wordset.isdisjoint(_LOREM) and len(wordset & _LOREM) >= (2 if "lorem" in wordset else 4):
        kinds.append("placeholder text (lorem ipsum)")
    if (
        words
        and n <= 12
        and (
            _tested(words, wordset)
            or (
                ("fox" in wordset or "checking" in wordset or "testing" in wordset)
                and _TEST_PHRASE.search(lower)
            )
        )
    ):
        kinds.append("a test of the form")
    if service_hits < 1 and wordset.isdisjoint(_VENUE_WORDS):
        film = len(wordset & _FILM_WORDS)
        culture = len(wordset & _CULTURE_WORDS) if film < 2 else 0
        if film + culture and (film >= 2 or culture >= 2 or _FAN_TALK.search(lower)):
            kinds.append(
                "off-topic (about a film or show)"
                if film >= culture
                else "off-topic (about a book, a song or a recipe)"
            )
    if not kinds and service_hits < 2 and not wordset.isdisjoint(_CHATTER_WORDS):
        # two such words where nothing is said of the service; three beside a service word
        # heard by chance ("useless", "tea"), if nobody is "you"; never with a venue named
        chatter = len(wordset & _CHATTER_WORDS) + ("wake up" in pairs)
        if "god" in wordset and _BY_GOD.search(lower):
            chatter -= 1
        if (
            chatter >= (2 if service_hits < 1 else 3)
            and (service_hits < 1 or wordset.isdisjoint(_YOU))
            and wordset.isdisjoint(_VENUE_WORDS)
            and not _TO_THE_BUSINESS.search(lower)
        ):
            kinds.append("off-topic (politics, faith or the stars)")
    if (
        not kinds
        and service_hits < 2
        and not wordset.isdisjoint(_SPORT_WORDS)
        and wordset.isdisjoint(_SPORT_VENUES)
        and _SPORT_TALK.search(lower)
    ):
        kinds.append("off-topic (about sport)")
    if (
        service_hits <= 1
        and "recipe" in wordset
        and not kinds
        and wordset.isdisjoint(_VENUE_WORDS)
        and _OWN_RECIPE.search(lower)
    ):
        kinds.append("off-topic (about a book, a song or a recipe)")
    if n >= 8 and len(wordset) + 4 <= n and not kinds and _stuffed(lower, pairs):
        kinds.append("keywords repeated (search-engine text)")
    if (
        not kinds
        and service_hits < 1
        and wordset.isdisjoint(_YOU)
        and wordset.isdisjoint(_VENUE_WORDS)
        and wordset.isdisjoint(_BUSINESS_QUESTION)
        and _TO_THE_CROWD.search(lower)
    ):
        kinds.append("off-topic (talk to the other readers)")
    if (
        not kinds
        and service_hits < 2
        and not wordset.isdisjoint(_BLOG_WORDS if service_hits < 1 else _BLOG_STRONG)
    ):
        said = {m.group(0) for m in _BLOG.finditer(lower)}
        if not wordset.isdisjoint(_BLOG_MORE_WORDS):
            said.update(m.group(0) for m in _BLOG_MORE.finditer(lower))
        if said and "keep" in wordset:
            said.update(m.group(0) for m in _KEEP.finditer(lower))
        if len(said) >= 2 or (said and service_hits < 1):
            kinds.append("praise of an article or a blog")
    return kinds
