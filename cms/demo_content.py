"""Editorial demo content for Hirfa's Wagtail pages, in English and Arabic.

Written for this project by the Hirfa editors from the facts in shared/domain/oman-crafts.md (the public authority
for craft industries and its programmes, Omani Artisans' Day, the Sultan Qaboos Award for Craft Excellence, the
design deposits, the 2017 registry figures, the governorates and wilayats, the craft vocabulary). Where the facts
are silent the texts stay general (how pottery is made, how fronds are plaited); quotations come from anonymous
voices ("a potter in Bahla"), and the Artisans' Day honours are Hirfa's own, given to no named person. Each
language is written in its own right, not translated word for word.

Pure data: no Django, no models. The demo loader turns it into pages:

- STORIES: story pages. "intro_*" is plain text; "body" is an ordered list of blocks: "paragraph" (rich text),
  "quote" (plain text with an attribution), "products" (the loader embeds "count" live pieces of "craft") and
  "artisan" (the loader embeds one artisan of "craft"). "related" holds the slug_en of other stories.
- COLLECTIONS: collection pages, either by "rule" (craft and governorate slugs or None, a material word, prices in
  OMR, registered designs only) or, when "rule" is None, hand-picked by the loader from "pick".
- CRAFT_PAGES and GOVERNORATE_PAGES: keyed by the craft slugs (catalogue) and governorate slugs (artisans).
- EVENTS: event pages; each winner names a craft, and the loader links it to an artisan and a piece of that craft.
- HOME and INDEX_PAGES: the home page's hero and the section landing pages.

Values ending in _en/_ar that hold "<p>" are rich text for Wagtail; the others are plain text. Slugs are ASCII
(the Arabic ones transliterated); craft and governorate slugs keep their underscores.
"""

from datetime import date
from decimal import Decimal

# Stories: heritage stories, artisan stories and technique explainers, 300-600 words a language.
STORIES = [
    {
        "slug_en": "the-khanjar-at-the-heart-of-omani-dress",
        "slug_ar": "al-khanjar-fi-qalb-al-ziyy-al-omani",
        "kind": "heritage",
        "title_en": "The khanjar: at the heart of Omani dress",
        "title_ar": "الخنجر: في قلب الزيّ العُماني",
        "intro_en": (
            "Worn at the centre of the belt on feast days and at weddings, the khanjar is the best-known of Omani "
            "crafts, and one of the most demanding to make."
        ),
        "intro_ar": (
            "يتوسّط الخنجر حزام الرجل العُماني في الأعياد والأعراس، وهو أشهر الحرف العُمانية وأكثرها حاجةً إلى المهارة "
            "والصبر."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 1, 20),
        "crafts": ["khanjars"],
        "governorate": None,
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>Picture Omani dress on a feast day and the khanjar is in the picture: a curved dagger in a "
                    "sharply bent sheath, worn at the very centre of the belt. It appears on the national emblem, it "
                    "passes from fathers to sons, and for many families a fine khanjar is the most treasured thing "
                    "they own. It is a weapon now only in name. What it carries today is dignity, belonging and the "
                    "work of a maker’s hands.</p>"
                ),
                "ar": (
                    "<p>إذا تخيّلتَ الزيّ العُماني في يوم عيد، فلا بدّ أن يكون الخنجر حاضرًا في الصورة: نصلٌ معقوف في غمدٍ "
                    "شديد الانحناء، يتوسّط الحزام تمامًا. وهو حاضرٌ كذلك في الشعار الوطني، يتوارثه الأبناء عن الآباء، "
                    "وكثيرٌ من الأسر تعدّ الخنجر الجيد أثمن ما تملك. لم يعد الخنجر سلاحًا إلا في الاسم؛ فما يحمله اليوم "
                    "هو الوقار والانتماء، وأثر اليد التي صنعته.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>A khanjar is several crafts meeting in one object. There is the blade, forged and polished; "
                    "the hilt, carved and capped; the sheath, built up over a core and clad in silver; and the belt "
                    "that holds it, woven and often embroidered with silver thread. In the workshops of Nizwa and "
                    "Muscat, the two homes of the craft, one maker may do everything, or several specialists may "
                    "each add their part. Buyers tend to judge a khanjar first by its sheath, because that is where "
                    "a smith shows his patience: silver wire drawn fine, twisted and laid in rows and rings that "
                    "follow the curve without a gap.</p>"
                ),
                "ar": (
                    "<p>الخنجر ملتقى حِرَفٍ عدّة في قطعة واحدة: نصلٌ يُطرق ويُصقل، ومقبضٌ يُنحت ويُتوَّج، وغمدٌ يُبنى على قالب ثم "
                    "يُكسى بالفضة، وحزامٌ يحمله يُنسج ويُطرَّز في أحيان كثيرة بخيوط الفضة. وفي ورش نزوى ومسقط، موطنَي هذه "
                    "الحرفة، قد يتولّى صانعٌ واحد العمل كلّه، وقد يتقاسمه حرفيون عدّة لكلٍّ منهم اختصاصه. ويحكم المشترون "
                    "على الخنجر بغمده أولًا، لأن الغمد ميدان صبر الصائغ: أسلاكٌ فضية تُسحب حتى تدقّ، ثم تُبرم وتُصفّ صفوفًا "
                    "وحلقاتٍ تتبع الانحناءة بلا فجوة.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "People look at the silver first. But a khanjar is right only when its curve sits well at the "
                    "waist and its hilt fills the hand. That cannot be hurried."
                ),
                "ar": (
                    "ينظر الناس إلى الفضة أولًا، لكن الخنجر لا يكتمل إلا إذا استقرّت انحناءته على الخصر كما ينبغي، "
                    "وملأ مقبضه الكفّ. وهذا أمرٌ لا يُستعجَل."
                ),
                "attribution_en": "A khanjar maker in Nizwa",
                "attribution_ar": "صانع خناجر في نزوى",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Styles differ from place to place and from workshop to workshop: in the shape of the hilt, "
                    "the number of rings on the sheath, the patterns of the wirework. Collectors learn to read these "
                    "details the way others read a signature. Some khanjar belts are also made to designs that the "
                    "public authority for craft industries has deposited with the Ministry of Commerce and Industry; "
                    "a piece made to one of them says so on its page on Hirfa, and gives the deposit number.</p>"
                ),
                "ar": (
                    "<p>وتختلف الطُّرز من مكان إلى آخر ومن ورشة إلى أخرى: في شكل المقبض، وعدد الحلقات على الغمد، ونقوش "
                    "الأسلاك. ويتعلّم هواة الاقتناء قراءة هذه التفاصيل كما تُقرأ التواقيع. ومن أحزمة الخناجر ما يُصنع "
                    "وفق تصاميم أودعتها الهيئة العامة للصناعات الحرفية لدى وزارة التجارة والصناعة، والقطعة المصنوعة "
                    "وفق أحدها تذكر ذلك في صفحتها على «حرفة» مع رقم الإيداع.</p>"
                ),
            },
            {"type": "products", "craft": "khanjars", "count": 3},
            {
                "type": "paragraph",
                "en": (
                    "<p>Keeping this knowledge alive is the purpose of the authority’s khanjar and silverwork "
                    "training and production centre in Muscat. Its two-year programme takes young Omanis in cohorts "
                    "of twenty and is taught by an all-Omani staff, who lead them through the metal, the tools and "
                    "the patience the craft demands. Some of the workshops that sell on Hirfa were opened by people "
                    "who learned the basics there, then refined them beside older masters.</p>"
                ),
                "ar": (
                    "<p>وصَون هذه المعرفة هو غاية مركز تدريب وإنتاج الخناجر والفضيات التابع للهيئة في مسقط. يمتدّ "
                    "برنامجه عامين، ويستقبل الشباب العُمانيين في دفعات من عشرين متدرّبًا، ويتولّى التدريب فيه كادرٌ عُماني "
                    "بالكامل يقودهم إلى فهم المعدن والأدوات والصبر الذي تتطلّبه الحرفة. وبعض الورش التي تعرض أعمالها "
                    "في «حرفة» أسّسها شبابٌ تعلّموا الأساسيات هناك، ثم صقلوها إلى جانب معلّمين أكبر سنًّا وأوسع خبرة.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>If you are buying a khanjar from outside Oman, read the shipping notes first. A khanjar has "
                    "a blade, and many countries and couriers restrict how bladed items are sold and delivered. "
                    "Hirfa sends them abroad only to buyers who confirm they are adults, and not to the United "
                    "Kingdom, where bladed articles sold at a distance may not be delivered to homes. Our artisans "
                    "will gladly tell you about the belt and the silver; we will tell you honestly where a khanjar "
                    "can and cannot go.</p>"
                ),
                "ar": (
                    "<p>وإن كنت تشتري خنجرًا من خارج عُمان، فاقرأ ملاحظات الشحن أولًا. فللخنجر نصل، وكثيرٌ من الدول "
                    "وشركات الشحن تقيّد بيع الأدوات ذات النصال وتوصيلها. ولهذا لا ترسل «حرفة» الخناجر إلى الخارج إلا "
                    "لمشترين يؤكّدون أنهم بالغون، ولا ترسلها إلى المملكة المتحدة، حيث لا يجوز توصيل الأدوات ذات "
                    "النصال المبيعة عن بُعد إلى المنازل. سيحدّثك حرفيونا بسرور عن الحزام والفضة، وسنخبرك بصدق إلى أين "
                    "يمكن أن يسافر الخنجر وإلى أين لا يمكن.</p>"
                ),
            },
            {"type": "artisan", "craft": "khanjars"},
        ],
        "related": [
            "the-silver-of-nizwa",
            "learning-the-craft-at-the-training-centres",
            "made-to-a-registered-design",
        ],
    },
    {
        "slug_en": "the-silver-of-nizwa",
        "slug_ar": "fiddat-nizwa",
        "kind": "heritage",
        "title_en": "The silver of Nizwa",
        "title_ar": "فضة نزوى",
        "intro_en": (
            "Rings, bracelets, anklets and kohl pots: in Nizwa, silver was worn for joy and kept as a family’s "
            "treasure."
        ),
        "intro_ar": (
            "خواتم وأساور وخلاخيل ومكاحل: في نزوى كانت الفضة زينةً تُلبس في الأفراح، وذخيرةً تحفظها الأسرة لأيامها."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 2, 10),
        "crafts": ["silverwork"],
        "governorate": "ad_dakhiliyah",
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>Nizwa lies at the foot of the mountains in Ad Dakhiliyah, and its souq has been a meeting "
                    "place for the people of the interior for as long as anyone can remember. With Muscat, it is one "
                    "of the two homes of Omani silver and khanjar making, and a walk past its silversmiths’ shops "
                    "shows the whole vocabulary of the craft: rings and bracelets, heavy anklets, necklaces hung "
                    "with pendants, and small kohl pots with their applicators on a fine chain.</p>"
                ),
                "ar": (
                    "<p>تقع نزوى عند سفوح الجبال في محافظة الداخلية، وظلّ سوقها ملتقى لأهل الداخل منذ زمن لا يذكر أحدٌ "
                    "بدايته. وهي مع مسقط موطنا صناعة الفضة والخناجر في عُمان، ويكفي أن تمرّ بدكاكين الصاغة فيها لترى "
                    "مفردات الحرفة كلّها: خواتم وأساور، وخلاخيل ثقيلة، وقلائد تتدلّى منها الحُليّ، ومكاحل صغيرة عُلِّق "
                    "مِرْوَدها بسلسلة رفيعة.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Traditional Omani jewellery was made to be worn, and to last. A bride received silver, a "
                    "small child might wear a little bracelet, and pieces passed from mother to daughter, sometimes "
                    "reworked by a smith to suit a new generation, so that a family’s silver was at once its "
                    "ornament and part of its savings. The designs draw on a shared language of forms: domes and "
                    "cones, bands of twisted wire, tiny beads of silver set in rows, engraved lines that catch the "
                    "light. The bells and chains on anklets and necklaces were meant to be heard as well as "
                    "seen.</p>"
                ),
                "ar": (
                    "<p>صُنعت الحُليّ العُمانية التقليدية لتُلبَس وتبقى. كانت العروس تُهدى الفضة، وقد يلبس الطفل الصغير "
                    "سوارًا دقيقًا، وتنتقل القطع من الأم إلى ابنتها، وربما أعاد الصائغ تشكيلها لتلائم جيلًا جديدًا، "
                    "فكانت فضة الأسرة زينتها ومدّخرها في آنٍ معًا. وتستقي التصاميم من لغة أشكال مشتركة: قِباب ومخاريط، "
                    "وأشرطة من الأسلاك المبرومة، وحبيبات فضية دقيقة مصفوفة، وخطوط محفورة تلتقط الضوء. أما الأجراس "
                    "والسلاسل في الخلاخيل والقلائد، فكانت تُصنع لتُسمَع كما تُرى.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "A silver piece tells you who made it, if you know how to look: the way the wire is twisted, how "
                    "clean the joins are, whether the beads sit evenly in their row."
                ),
                "ar": (
                    "القطعة الفضية تدلّك على صانعها إن عرفت كيف تنظر إليها: في طريقة برم السلك، ونظافة اللحام، "
                    "واستواء الحبيبات في صفّها."
                ),
                "attribution_en": "A silversmith in Nizwa",
                "attribution_ar": "صائغ فضة في نزوى",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The techniques are old and unhurried. Silver is melted, then cast or hammered into sheet, "
                    "cut, shaped and joined with solder. Wire is drawn through ever smaller holes until it is fine "
                    "enough to twist and coil into filigree. Surfaces are engraved or chased with small punches, and "
                    "some pieces are darkened in their recesses so that the pattern stands out against the polished "
                    "metal. Every step is done by hand, and a single bracelet may pass through the smith’s fingers "
                    "many times before it is finished.</p>"
                ),
                "ar": (
                    "<p>والتقنيات قديمة لا تعرف العجلة. تُصهر الفضة ثم تُصبّ في القوالب أو تُطرق صفائح، فتُقصّ وتُشكَّل وتُوصَل "
                    "باللحام. ويُسحب السلك عبر ثقوب تضيق شيئًا فشيئًا حتى يدقّ بما يكفي ليُبرم ويُلَفّ في شغلٍ مخرَّم دقيق. "
                    "وتُحفر الأسطح أو تُنقش بأقلام معدنية صغيرة، وتُسوَّد تجاويف بعض القطع ليبرز النقش على المعدن "
                    "المصقول. كلّ خطوة تُنجز باليد، وقد يمرّ السوار الواحد بين أصابع الصائغ مرّات كثيرة قبل أن "
                    "يكتمل.</p>"
                ),
            },
            {"type": "products", "craft": "silverwork", "count": 4},
            {
                "type": "paragraph",
                "en": (
                    "<p>Today’s silversmiths work for new wearers as well as old ones. Beside faithful versions of "
                    "traditional forms you will find lighter rings and pendants made for everyday wear, and women’s "
                    "accessories made to designs that the public authority for craft industries has registered. "
                    "Silverwork is also one of the most popular programmes at the authority’s training centres, "
                    "which is why the craft, far from fading, is full of young hands.</p>"
                ),
                "ar": (
                    "<p>ويعمل صاغة اليوم لجيلٍ جديد إلى جانب الجيل القديم. فإلى جوار النسخ الأمينة للأشكال التقليدية "
                    "تجد خواتم وقلائد أخفّ وزنًا صُمّمت للّبس اليومي، وإكسسوارات نسائية تُصنع وفق تصاميم أودعتها الهيئة "
                    "العامة للصناعات الحرفية. والفضيات كذلك من أكثر البرامج إقبالًا في مراكز التدريب التابعة للهيئة، "
                    "ولهذا لا تذبل الحرفة، بل تتجدّد بأيدٍ شابة.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>When you buy silver on Hirfa, the product page names the maker and the wilayat, and states "
                    "the material plainly: silver, or gold-plated where that is the case. Silver darkens with time. "
                    "A soft cloth brings back its shine, though many Omani families prefer the gentle patina that "
                    "years of wear give it. And if a piece ever needs mending, its maker is the best person to ask: "
                    "many silversmiths will gladly repair or resize what they have made.</p>"
                ),
                "ar": (
                    "<p>وحين تشتري الفضة من «حرفة» تجد في صفحة القطعة اسم صانعها وولايته، وتجد المادة مذكورة بوضوح: "
                    "فضة، أو مطليّة بالذهب حين تكون كذلك. والفضة تعتم مع الزمن، وتعيد إليها قطعة قماش ناعمة بريقها، "
                    "وإن كانت أسرٌ عُمانية كثيرة تفضّل تلك المسحة الهادئة التي تكتسبها من سنوات اللبس. وإن احتاجت "
                    "القطعة يومًا إلى إصلاح، فصانعها أولى الناس بذلك، وكثيرٌ من الصاغة يصلحون ما صنعوه أو يعدّلون مقاسه "
                    "عن طيب خاطر.</p>"
                ),
            },
            {"type": "artisan", "craft": "silverwork"},
        ],
        "related": ["the-khanjar-at-the-heart-of-omani-dress", "from-clay-to-jahla-pottery-in-bahla"],
    },
    {
        "slug_en": "from-clay-to-jahla-pottery-in-bahla",
        "slug_ar": "min-al-tin-ila-al-jahla-fakhar-bahla",
        "kind": "technique",
        "title_en": "From clay to jahla: how pottery is made in Bahla",
        "title_ar": "من الطين إلى الجحلة: كيف يُصنع فخّار بهلاء",
        "intro_en": (
            "Bahla’s potters turn the earth of Ad Dakhiliyah into water jars, cooking pots and incense burners. This "
            "is how a piece comes to life, from the clay pit to the kiln."
        ),
        "intro_ar": "يحوّل خزّافو بهلاء تراب الداخلية إلى جِحال وبُرَم ومباخر. هذه رحلة القطعة من حفرة الطين إلى الفرن.",
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 4, 14),
        "crafts": ["pottery"],
        "governorate": "ad_dakhiliyah",
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>Of all the wilayats of Oman, Bahla is the one whose name is joined to pottery. Its potters "
                    "have worked the clay of Ad Dakhiliyah for generations, and their pieces were once found in "
                    "almost every house in the interior: the jahla that kept drinking water cool, the burma in which "
                    "rice and meat were cooked, the mabkhara that scented rooms and clothes with frankincense. The "
                    "shapes changed slowly, because they were made to do a job, and they did it well.</p>"
                ),
                "ar": (
                    "<p>من بين ولايات عُمان كلّها، اقترن اسم بهلاء بالفخّار. فقد عمل خزّافوها طين الداخلية جيلًا بعد جيل، "
                    "وكانت قطعهم حاضرة في كل بيت تقريبًا من بيوت الداخل: الجحلة التي تحفظ ماء الشرب باردًا، والبرمة "
                    "التي يُطهى فيها الأرز واللحم، والمبخرة التي تعطّر الغرف والثياب باللبان. وقد تغيّرت الأشكال ببطء، "
                    "لأنها صُنعت لتؤدّي عملًا، وأدّته على أحسن وجه.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>It begins with the clay. Potters dig it from nearby deposits, break up the lumps and soak it "
                    "in water until it softens. The wet clay is cleaned of stones and roots, then kneaded, often "
                    "first underfoot and then by hand, until it is smooth and even, without the pockets of air that "
                    "would crack a pot in the fire. Some potters mix in fine sand or another clay to strengthen the "
                    "body; every workshop has its own proportions, and keeps them quietly to itself.</p>"
                ),
                "ar": (
                    "<p>تبدأ الحكاية بالطين. يستخرجه الخزّافون من مواضعه القريبة، ويكسرون كتله، وينقعونه في الماء حتى "
                    "يلين. ثم يُنقّى الطين المبلول من الحصى والجذور، ويُعجن بالقدمين أولًا في الغالب ثم باليدين، حتى "
                    "يصير ناعمًا متجانسًا خاليًا من جيوب الهواء التي قد تشقّ الآنية في النار. ويضيف بعضهم رملًا ناعمًا أو "
                    "نوعًا آخر من الطين ليزداد الجسم متانة، ولكلّ ورشة مقاديرها التي تحتفظ بها لنفسها في صمت.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Shaping is done on the wheel. The potter centres a lump of clay, opens it with the thumbs "
                    "and draws up the walls, turning the wheel with one foot while both hands work. Large jars may "
                    "be built in stages, the lower part left to firm up before the neck is added. Handles, spouts "
                    "and lids are shaped separately and joined while the clay is leather-hard. Some pieces are "
                    "decorated at this stage with incised lines or pressed patterns, made with a fingertip, a comb "
                    "or a small stick. Then comes the drying: first in the shade, slowly, so that the piece does not "
                    "warp, and only afterwards in the sun.</p>"
                ),
                "ar": (
                    "<p>ثم يأتي التشكيل على الدولاب. يضع الخزّاف كتلة الطين في المركز، ويفتحها بإبهاميه، ويرفع "
                    "جدرانها شيئًا فشيئًا، وهو يدير الدولاب بقدمه بينما تعمل يداه معًا. وقد تُبنى الجرار الكبيرة على "
                    "مراحل، فيُترك الجزء السفلي حتى يتماسك قبل أن يُضاف العنق. أما المقابض والمصبّات والأغطية فتُشكَّل "
                    "منفصلة، وتُلصق والطين في نصف جفافه. وفي هذه المرحلة تُزيَّن بعض القطع بخطوط محزوزة أو نقوش مضغوطة، "
                    "تُرسم بطرف الإصبع أو بمشط أو بعود صغير. وبعدها يأتي التجفيف: في الظلّ أولًا وعلى مهل كي لا تنبعج "
                    "القطعة، ثم في الشمس.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "The clay tells you when it is ready. If you rush the drying, the kiln shows you your mistake "
                    "the next morning."
                ),
                "ar": "الطين يخبرك متى يكون جاهزًا. وإن استعجلت التجفيف، أراك الفرن خطأك في صباح اليوم التالي.",
                "attribution_en": "A potter in Bahla",
                "attribution_ar": "خزّاف من بهلاء",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Firing is the moment of truth. The dried pieces are stacked in the kiln and fired for many "
                    "hours with wood and palm waste, then left to cool before they are taken out. The colour of "
                    "Bahla pottery, from pale buff to warm red, comes from the clay and the fire rather than from a "
                    "glaze. Because the walls stay porous, a jahla full of water sweats a little through its "
                    "surface, and that evaporation keeps the water inside cooler than the air around it.</p>"
                ),
                "ar": (
                    "<p>والحرق لحظة الحقيقة. تُرصّ القطع الجافة في الفرن وتُحرق ساعات طويلة بالحطب ومخلّفات النخيل، ثم "
                    "تُترك لتبرد قبل إخراجها. ولون فخّار بهلاء، من البيج الشاحب إلى الأحمر الدافئ، يأتي من الطين "
                    "والنار لا من طلاءٍ زجاجي. ولأن الجدران تبقى مسامّية، فإن الجحلة المملوءة بالماء ترشح قليلًا من "
                    "سطحها، فيبرّد التبخّر ما في داخلها حتى يغدو أبرد من الهواء المحيط بها.</p>"
                ),
            },
            {"type": "products", "craft": "pottery", "count": 3},
            {
                "type": "paragraph",
                "en": (
                    "<p>Pottery is one of the most popular programmes at the training centres of the public "
                    "authority for craft industries, and younger potters now make vases and decorated incense "
                    "burners alongside the traditional jars and pots. When you buy their work on Hirfa, you are "
                    "buying a piece shaped and fired the same way, and in the same place, as the vessels their "
                    "grandparents made, and carrying the memory of a place.</p>"
                ),
                "ar": (
                    "<p>والفخّار من أكثر البرامج إقبالًا في مراكز التدريب التابعة للهيئة العامة للصناعات الحرفية، وصار "
                    "الخزّافون الشباب يصنعون المزهريات والمباخر المزخرفة إلى جانب الجحال والبُرَم التقليدية. وحين تشتري "
                    "أعمالهم عبر «حرفة»، فأنت تقتني قطعة شُكّلت وأُحرقت بالطريقة نفسها، وفي المكان نفسه، الذي صُنعت فيه "
                    "أواني أجدادهم، قطعة تحمل في طينها ذاكرة مكان بأكمله.</p>"
                ),
            },
            {"type": "artisan", "craft": "pottery"},
        ],
        "related": ["the-silver-of-nizwa", "plaiting-the-palm", "learning-the-craft-at-the-training-centres"],
    },
    {
        "slug_en": "plaiting-the-palm",
        "slug_ar": "dafair-al-nakhla",
        "kind": "technique",
        "title_en": "Plaiting the palm: the craft of palm-frond weaving",
        "title_ar": "ضفائر النخلة: حرفة السعفيات",
        "intro_en": (
            "Nothing of the date palm was wasted. Its fronds became baskets, mats, food covers and fans, plaited by "
            "hand in courtyards all over Oman."
        ),
        "intro_ar": (
            "لم يكن شيءٌ من النخلة يضيع؛ فمن سعفها صُنعت السلال والحُصر والمكبّات والمهاف، تضفرها الأيدي في أفنية البيوت "
            "في أرجاء عُمان."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 5, 19),
        "crafts": ["palm_frond"],
        "governorate": None,
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>Wherever date palms grow in Oman, and that is almost everywhere people have settled, "
                    "palm-frond work has been part of daily life. The palm gave dates to eat, trunks for roofs and "
                    "fronds for nearly everything else: the salla basket for carrying the harvest home from the "
                    "grove, the haseer mat to sit and sleep on, the conical mikabba that kept flies off the food, "
                    "the mahaffa fan that stirred the air on a hot afternoon. Much of this was made by women, at "
                    "home, in the quiet hours of the day, and the skill passed from mother to daughter.</p>"
                ),
                "ar": (
                    "<p>حيثما نبتت النخلة في عُمان، وهي تنبت حيثما استقرّ الناس تقريبًا، كانت السعفيات جزءًا من الحياة "
                    "اليومية. أعطت النخلة التمر طعامًا، وجذوعها سقوفًا، وسعفها لكلّ ما سوى ذلك تقريبًا: السلّة التي يُحمل "
                    "فيها الجنى من البستان إلى البيت، والحصير الذي يُجلس عليه ويُنام، والمكبّة المخروطية التي تحفظ "
                    "الطعام من الذباب، والمهفّة التي تحرّك الهواء في ظهيرة قائظة. وكانت النساء يصنعن معظم ذلك في "
                    "البيوت، في ساعات النهار الهادئة، وتنتقل المهارة من الأم إلى ابنتها.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The work starts in the grove. The young leaflets from the heart of the palm are the most "
                    "prized, pale and supple; older fronds give a coarser, stronger material. The leaflets are "
                    "stripped from the stem, dried in the sun and sorted by width and colour. Some are dyed in "
                    "strong colours so that bands of red, green or purple can be worked into the pattern. Before "
                    "plaiting, the dry leaflets are soaked in water to make them pliable again.</p>"
                ),
                "ar": (
                    "<p>يبدأ العمل في البستان. فالخوص الفتيّ المأخوذ من قلب النخلة هو الأثمن، فاتح اللون ليّن الملمس، "
                    "أما السعف الأقدم فيعطي خامة أخشن وأمتن. يُنزع الخوص عن الجريد، ويُجفَّف في الشمس، ويُفرز بحسب عرضه "
                    "ولونه. ويُصبغ بعضه بألوان قوية لتدخل في النقش أشرطةٌ حمراء أو خضراء أو بنفسجية. وقبل الضفر يُنقع "
                    "الخوص الجافّ في الماء ليستعيد ليونته.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The heart of the craft is the plait. Working with a handful of leaflets at a time, the "
                    "weaver folds them over one another in a steady rhythm to make a long, flat braid, adding new "
                    "leaflets as the old ones run short, so that a single braid can run for many metres. The braid "
                    "is then coiled and sewn edge to edge, spiralling out from the centre to form the base of a "
                    "basket or the disc of a food cover, and rising into walls as the weaver changes the angle. "
                    "Rims, handles and lids are finished with tighter plaits or bound with palm fibre.</p>"
                ),
                "ar": (
                    "<p>وجوهر الحرفة هو الضفيرة. تأخذ الحرفية حفنة من الخوص، وتطوي سعفاته بعضها فوق بعض بإيقاع ثابت، "
                    "فتتكوّن ضفيرة طويلة مسطّحة، وتضيف خوصًا جديدًا كلّما قصر القديم، فتمتدّ الضفيرة الواحدة أمتارًا كثيرة. "
                    "ثم تُلَفّ الضفيرة وتُخاط حافةً إلى حافة، في دوائر تتّسع من المركز لتكوّن قاعدة السلّة أو قرص المكبّة، ثم "
                    "ترتفع جدرانًا حين تغيّر الحرفية زاوية الخياطة. وتُختم الحواف والمقابض والأغطية بضفائر أدقّ، أو تُشدّ "
                    "بليف النخل.</p>"
                ),
            },
            {
                "type": "quote",
                "en": "My hands know the count before I do. When I look up to talk, the plait keeps its rhythm.",
                "ar": "يداي تعرفان العدّ قبلي. وحين أرفع رأسي لأتحدّث، تحافظ الضفيرة على إيقاعها.",
                "attribution_en": "A palm-frond weaver in Al Batinah",
                "attribution_ar": "حرفية سعفيات من الباطنة",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Palm-frond work is one of the most popular programmes at the training centres of the public "
                    "authority for craft industries, and it is among the crafts whose designs the authority has "
                    "deposited with the Ministry of Commerce and Industry. That is why you may see palm-frond fans "
                    "or baskets on Hirfa marked “Registered design”, alongside pieces plaited in each family’s own "
                    "patterns. The deposit number is given on the piece’s page, so you can check it yourself.</p>"
                ),
                "ar": (
                    "<p>والسعفيات من أكثر البرامج إقبالًا في مراكز التدريب التابعة للهيئة العامة للصناعات الحرفية، "
                    "وهي من الحرف التي أودعت الهيئة تصاميمها لدى وزارة التجارة والصناعة. ولذلك قد ترى في «حرفة» مهافَّ "
                    "أو سلالًا من السعف تحمل شارة «تصميم مودع»، إلى جانب قطع مضفورة بنقوش كلّ أسرة الخاصة. ويُذكر رقم "
                    "الإيداع في صفحة القطعة، فيمكنك أن تتحقّق منه بنفسك.</p>"
                ),
            },
            {"type": "products", "craft": "palm_frond", "count": 4},
            {
                "type": "paragraph",
                "en": (
                    "<p>A well-made palm-frond piece is light, strong and more durable than it looks. Keep it dry "
                    "and out of harsh sun, dust it with a soft brush, and it will serve for years: as a bread basket "
                    "on the table, a tray for dates and coffee, or simply a reminder of the tree that stands at the "
                    "centre of Omani life. Because every piece is plaited by hand, no two are quite alike: small "
                    "differences in colour and width are the mark of the maker, not a flaw.</p>"
                ),
                "ar": (
                    "<p>والقطعة السعفية المتقنة خفيفة متينة، تعمّر أكثر ممّا يوحي به مظهرها. احفظها جافّة بعيدًا عن "
                    "الشمس الحارقة، وانفض عنها الغبار بفرشاة ناعمة، وستخدمك سنوات: سلّةً للخبز على المائدة، أو صينيةً "
                    "للتمر والقهوة، أو تذكارًا بسيطًا بالشجرة التي تقف في قلب الحياة العُمانية. ولأن كل قطعة تُضفر "
                    "باليد، فلا تتطابق قطعتان تمامًا؛ والفروق الصغيرة في اللون والعرض بصمة الصانعة، لا عيبٌ في "
                    "الصنعة.</p>"
                ),
            },
            {"type": "artisan", "craft": "palm_frond"},
        ],
        "related": [
            "from-clay-to-jahla-pottery-in-bahla",
            "made-to-a-registered-design",
            "the-weavers-house-in-north-ash-sharqiyah",
        ],
    },
    {
        "slug_en": "frankincense-and-fragrance-of-dhofar",
        "slug_ar": "al-luban-wal-tib-fi-dhofar",
        "kind": "heritage",
        "title_en": "Frankincense and fragrance: the scents of Dhofar",
        "title_ar": "اللبان والطِّيب: روائح ظفار",
        "intro_en": (
            "In Dhofar, frankincense is harvested from trees that grow in the dry hills; all over Oman it is burned, "
            "blended and worn. A guide to incense and traditional cosmetics."
        ),
        "intro_ar": (
            "في ظفار يُجنى اللبان من أشجار تنبت في التلال الجافة، وفي عُمان كلّها يُحرق ويُمزج ويُتطيّب به. دليلك إلى "
            "البخور ومستحضرات التجميل التقليدية."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 6, 23),
        "crafts": ["incense_cosmetics"],
        "governorate": "dhofar",
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>Frankincense is the scent of Oman, and Dhofar is its home. The trees grow in the dry country "
                    "of the south, low and twisted, and from their bark comes the resin that has been traded and "
                    "burned for thousands of years. In Salalah and the wilayats around it, frankincense is not a "
                    "souvenir but part of every day: a few grains on charcoal to welcome a guest, to freshen a room "
                    "after a meal, to scent clothes before a wedding.</p>"
                ),
                "ar": (
                    "<p>اللبان رائحة عُمان، وظفار موطنه. تنبت أشجاره في أرض الجنوب الجافة، قصيرةً ملتوية الأغصان، ومن "
                    "لحائها يسيل الراتنج الذي حملته القوافل وتصاعد دخانه من المجامر منذ آلاف السنين. وفي صلالة "
                    "والولايات المحيطة بها ليس اللبان تذكارًا للزائرين، بل جزءٌ من كل يوم: حبّات قليلة على الجمر "
                    "لاستقبال ضيف، أو لتطييب المجلس بعد الطعام، أو لتبخير الثياب قبل عرس.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The harvest is a patient craft. Harvesters make small cuts in the bark, and the tree answers "
                    "with milky drops of resin that harden in the air over the following days. The harvest follows "
                    "the seasons, and it is hard work, in the heat and on rocky slopes. The first cuts are left to "
                    "weep and seal; later ones give the resin that is gathered and sorted by colour, size and "
                    "purity. The palest, clearest pieces are the most prized, and hojari, a name buyers all over the "
                    "world have learned, is among the most sought-after grades.</p>"
                ),
                "ar": (
                    "<p>والجَني حرفة تحتاج إلى صبر. يُحدث الجانون جروحًا صغيرة في لحاء الشجرة، فتجيبهم بقطرات لبنيّة "
                    "اللون من الراتنج تتصلّب في الهواء خلال الأيام التالية. ويتبع الجني مواسمه، وهو عملٌ شاقّ في الحرّ "
                    "وعلى السفوح الصخرية. وتُترك الجروح الأولى لتسيل وتلتئم، ثم تعطي الجروح اللاحقة الراتنج الذي يُجمع "
                    "ويُفرز بحسب لونه وحجمه ونقائه. وأفتح الحبّات لونًا وأصفاها هي الأثمن، واللبان الحوجري، وهو اسمٌ صار "
                    "يعرفه المشترون في أنحاء العالم، من أكثر الأصناف طلبًا.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "You do not hurry the tree. It gives what it gives, and the good luban comes to those who wait "
                    "for it."
                ),
                "ar": "الشجرة لا تُستعجَل. تعطي ما تعطي، واللبان الطيّب يأتي لمن يصبر عليه.",
                "attribution_en": "A frankincense seller in Salalah",
                "attribution_ar": "بائع لبان في صلالة",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Frankincense is only the beginning. The craft that Oman’s national registry calls incense "
                    "and cosmetics covers a whole world of fragrance and care: bakhoor, blends of wood chips, resins "
                    "and perfume oils that every household mixes to its own recipe; perfume oils and oud; rosewater "
                    "distilled from the roses of Al Jabal Al Akhdar; and kohl, ground fine and kept in a kohl pot. "
                    "It is one of the three largest crafts in the country: the 2017 registry counted 3,051 artisans "
                    "working in it.</p>"
                ),
                "ar": (
                    "<p>واللبان ليس إلا البداية. فالحرفة التي يسمّيها السجلّ الوطني للحرفيين «البخور ومستحضرات "
                    "التجميل» تضمّ عالمًا كاملًا من الطيب والعناية: البخور، وهو خلطات من رقائق الخشب والراتنجات ودهن "
                    "العطر تعدّها كل أسرة على طريقتها؛ ودهن العطر والعود؛ وماء الورد المقطَّر من ورود الجبل الأخضر؛ "
                    "والكحل المسحوق ناعمًا المحفوظ في المكحلة. وهي من أكبر ثلاث حرف في البلاد، إذ أحصى سجلّ عام 2017 "
                    "فيها 3051 حرفيًا.</p>"
                ),
            },
            {"type": "products", "craft": "incense_cosmetics", "count": 4},
            {
                "type": "paragraph",
                "en": (
                    "<p>Dhofar is also the governorate with the most registered artisans: 6,224 in the 2017 "
                    "registry, about three in every ten artisans in Oman. Fragrance is only one of the crafts "
                    "practised there, but it is the one visitors remember. In its shops and stalls you understand "
                    "how much a scent can carry: memory, hospitality and a sense of place.</p>"
                ),
                "ar": (
                    "<p>وظفار كذلك هي المحافظة الأكثر حرفيين مسجّلين: 6224 حرفيًا في سجلّ عام 2017، أي نحو ثلاثة من كل "
                    "عشرة حرفيين في عُمان. والطيب ليس إلا واحدة من الحرف التي تُمارَس فيها، لكنه الحرفة التي تبقى في "
                    "ذاكرة الزائر؛ ففي دكاكينها وأكشاكها يدرك المرء كم تحمل الرائحة من معانٍ: الذاكرة، والضيافة، "
                    "والإحساس بالمكان.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>A note for buyers outside Oman: resin, bakhoor and rosewater travel easily, but perfume oils "
                    "count as dangerous goods for air couriers, so they go abroad by surface shipping only, which "
                    "takes longer. To use frankincense, burn a few grains at a time on charcoal or an electric "
                    "burner, and let the smoke drift through the room. Kept in a closed tin or jar, away from heat, "
                    "resin and bakhoor hold their scent for a long time.</p>"
                ),
                "ar": (
                    "<p>ملاحظة للمشترين من خارج عُمان: الراتنج والبخور وماء الورد تسافر بسهولة، أما دهن العطر فيُعدّ من "
                    "البضائع الخطرة لدى شركات الشحن الجوي، ولذلك لا يُشحن إلى الخارج إلا برًّا أو بحرًا، وهو شحن يستغرق "
                    "وقتًا أطول. ولتستمتع باللبان، ضع حبّات قليلة منه على الجمر أو على مبخرة كهربائية، ودع دخانه يسري "
                    "في أرجاء المكان. واحفظ اللبان والبخور في علبة محكمة الإغلاق بعيدًا عن الحرارة، فيحتفظان بعبيرهما "
                    "زمنًا طويلًا.</p>"
                ),
            },
            {"type": "artisan", "craft": "incense_cosmetics"},
        ],
        "related": ["from-clay-to-jahla-pottery-in-bahla", "the-weavers-house-in-north-ash-sharqiyah"],
    },
    {
        "slug_en": "the-weavers-house-in-north-ash-sharqiyah",
        "slug_ar": "bayt-al-haikat-fi-shamal-al-sharqiyah",
        "kind": "artisan",
        "title_en": "The weavers’ house: wool and camel hair in North Ash Sharqiyah",
        "title_ar": "بيت الحائكات: الصوف ووبر الإبل في شمال الشرقية",
        "intro_en": (
            "At an Omani artisan house in North Ash Sharqiyah, the looms are pegged out on the floor and the wool "
            "comes from the flocks nearby. A visit to the weavers who keep one of Oman’s largest crafts alive."
        ),
        "intro_ar": (
            "في أحد بيوت الحرفي العُماني بشمال الشرقية تُنصب الأنوال على الأرض، ويأتي الصوف من القطعان القريبة. زيارة "
            "إلى الحائكات اللواتي يحفظن واحدة من أكبر الحرف في عُمان."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 9, 8),
        "crafts": ["wool_weaving"],
        "governorate": "north_sharqiyah",
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>The artisan house stands at the edge of a town in North Ash Sharqiyah, where the gravel "
                    "plains give way to the sands. Inside, the first thing you notice is the smell of wool, then the "
                    "sound: the soft thud of a beater pressing the weft into place. Looms are pegged out across the "
                    "floor, each with a rug half made, and the women working at them talk, laugh and do not miss a "
                    "thread.</p>"
                ),
                "ar": (
                    "<p>يقوم بيت الحرفي عند طرف بلدة في شمال الشرقية، حيث تنتهي السهول الحصوية وتبدأ الرمال. في "
                    "الداخل أوّل ما يلفتك رائحة الصوف، ثم الصوت: دقّات خافتة للمِدكّ الخشبي وهو يرصّ خيوط اللُّحمة في "
                    "مواضعها. الأنوال منصوبة على الأرض ومشدودة بالأوتاد، وعلى كلٍّ منها بساطٌ لم يكتمل بعد، والنسوة "
                    "حولها يتحدّثن ويضحكن ولا يفلت من أيديهنّ خيط.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Wool weaving is the second-largest craft in Oman’s national registry, with 5,005 artisans in "
                    "2017, behind only cotton weaving. Its homes are North Ash Sharqiyah and Al Wusta, where herding "
                    "families always had wool and camel hair to hand, and needed rugs, cushions and saddle bags "
                    "tough enough for desert life; across Al Wusta, from Haima to Duqm, the same craft is carried "
                    "on. Omani artisan houses, run by the public authority for craft industries together with the "
                    "artisans of each wilayat, give that work a place to be made, shown and sold.</p>"
                ),
                "ar": (
                    "<p>النسيج الصوفي ثاني أكبر الحرف في السجلّ الوطني للحرفيين، إذ بلغ عدد العاملين فيه 5005 حرفيين "
                    "في عام 2017، ولا يتقدّم عليه إلا النسيج القطني. وموطنه شمال الشرقية والوسطى، حيث كان لدى الأسر "
                    "التي ترعى المواشي صوفٌ ووبر إبل في متناول اليد، وحاجةٌ إلى بُسُط ووسائد وخُروج تصمد أمام حياة "
                    "الصحراء؛ وفي أرجاء الوسطى، من هيماء إلى الدقم، تتواصل الحرفة نفسها. وتمنح بيوت الحرفي العُماني، "
                    "التي تديرها الهيئة العامة للصناعات الحرفية بالشراكة مع حرفيي كل ولاية، هذا العملَ مكانًا يُصنع فيه "
                    "ويُعرض ويُباع.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Everything starts with the fleece. After shearing, the wool is washed, dried and combed by "
                    "hand, then spun into yarn on a hand spindle, a task many weavers carry on while walking or "
                    "sitting with guests. Camel hair, softer and naturally brown, is spun the same way. Some of the "
                    "yarn keeps its natural whites, browns and blacks; the rest is dyed, and strong reds and oranges "
                    "set against natural black and white give the rugs of the region their character.</p>"
                ),
                "ar": (
                    "<p>يبدأ كل شيء من الجِزّة. فبعد الجزّ يُغسل الصوف ويُجفَّف ويُمشَّط باليد، ثم يُغزل خيوطًا بالمغزل اليدوي، "
                    "وهو عملٌ تواصله حائكات كثيرات وهنّ يمشين أو يجالسن الضيوف. ويُغزل وبر الإبل، الأنعم ملمسًا والبنيّ "
                    "بطبيعته، بالطريقة نفسها. يبقى بعض الغزل على ألوانه الطبيعية من أبيض وبنّي وأسود، ويُصبغ الباقي، "
                    "فتمنح ألوان الأحمر والبرتقالي القوية، إلى جانب الأسود والأبيض الطبيعيين، بُسُط المنطقة طابعها "
                    "الخاص.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "My mother taught me at her loom, and now the girls come here to learn at ours. The patterns are "
                    "the same; only the hands are new."
                ),
                "ar": (
                    "علّمتني أمي على نولها، والآن تأتي الفتيات إلى هنا ليتعلّمن على أنوالنا. النقوش هي نفسها، والجديد "
                    "فقط هو الأيدي."
                ),
                "attribution_en": "A weaver at an Omani artisan house in North Ash Sharqiyah",
                "attribution_ar": "حائكة في بيت الحرفي العُماني بشمال الشرقية",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The loom itself is simple: two beams pegged to the ground, with the warp stretched between "
                    "them. The weaver sits on the finished part of the rug and works forward, picking out the "
                    "pattern by hand, row by row, and beating each row tight. The designs are geometric, bands of "
                    "triangles, diamonds and zigzags, and a weaver carries them in her head rather than on paper. A "
                    "long rug can take weeks of steady work, and a khurj saddle bag, with its tassels and fringes, "
                    "is a small masterpiece of its own.</p>"
                ),
                "ar": (
                    "<p>والنول نفسه بسيط: عارضتان مثبّتتان في الأرض بالأوتاد، وخيوط السَّدى مشدودة بينهما. تجلس الحائكة "
                    "على الجزء المكتمل من البساط وتتقدّم في عملها، تلتقط النقش بيدها صفًّا بعد صفّ، وتدكّ كل صفّ بإحكام. "
                    "والنقوش هندسية: أشرطة من المثلثات والمعيّنات والخطوط المتعرّجة، تحملها الحائكة في ذاكرتها لا على "
                    "الورق. وقد يستغرق البساط الطويل أسابيع من العمل المتواصل، أما الخُرج بشراشيبه وأهدابه فتحفة "
                    "صغيرة قائمة بذاتها.</p>"
                ),
            },
            {"type": "products", "craft": "wool_weaving", "count": 3},
            {
                "type": "paragraph",
                "en": (
                    "<p>Because the house is run together with the women of the wilayat, what stands on its shelves "
                    "is their own work. On Hirfa, every rug and saddle bag names the house or the weaver and the "
                    "wilayat where it was made. A wool rug asks for little care: shake it out now and then, keep it "
                    "away from damp, and turn it from time to time so that it wears evenly.</p>"
                ),
                "ar": (
                    "<p>ولأن البيت يُدار بالشراكة مع حرفيات الولاية، فإن ما على رفوفه من صنع أيديهنّ. وفي «حرفة» يحمل "
                    "كل بساط وكل خُرج اسم البيت أو الحائكة والولاية التي صُنع فيها. ولا يحتاج البساط الصوفي إلى عناية "
                    "كبيرة: انفضه بين حين وآخر، وأبعده عن الرطوبة، وأدِره من وقت لآخر ليتوزّع عليه الاستعمال "
                    "بالتساوي.</p>"
                ),
            },
            {"type": "artisan", "craft": "wool_weaving"},
        ],
        "related": [
            "plaiting-the-palm",
            "frankincense-and-fragrance-of-dhofar",
            "learning-the-craft-at-the-training-centres",
        ],
    },
    {
        "slug_en": "made-to-a-registered-design",
        "slug_ar": "masnua-wifq-tasmim-mudaa",
        "kind": "heritage",
        "title_en": "“Made to a registered design”: what it means and how to check it",
        "title_ar": "«مصنوعة وفق تصميم مودع»: ماذا تعني وكيف تتحقّق منها",
        "intro_en": (
            "Some pieces on Hirfa carry a small badge: Registered design. Here is what stands behind it, and how to "
            "check a deposit number for yourself."
        ),
        "intro_ar": (
            "تحمل بعض القطع في «حرفة» شارة صغيرة: «تصميم مودع». إليك ما وراءها، وكيف تتحقّق من رقم الإيداع بنفسك."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 10, 5),
        "crafts": ["khanjars", "palm_frond", "bone_coconut"],
        "governorate": None,
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>A craft lives by its designs: the shape of a khanjar belt, the plait of a palm-frond fan, "
                    "the carving of a coconut-shell rosary. When a successful design is copied by machine and sold "
                    "cheaply, the artisan loses twice, once in income and once in reputation. Protecting designs is "
                    "therefore part of the work of the public authority for craft industries, whose aims include "
                    "keeping the quality of Omani craft products high enough to compete with imported "
                    "imitations.</p>"
                ),
                "ar": (
                    "<p>تحيا الحرفة بتصاميمها: شكل حزام الخنجر، وضفيرة المهفّة السعفية، ونقش مسبحة قشرة النارجيل. "
                    "وحين يُقلَّد تصميمٌ ناجح بالآلات ويُباع بثمن بخس، يخسر الحرفي مرّتين: مرّة في رزقه ومرّة في سمعته. "
                    "ولذلك كانت حماية التصاميم جزءًا من عمل الهيئة العامة للصناعات الحرفية، التي من أهدافها أن تبقى "
                    "جودة المنتجات الحرفية العُمانية عالية بما يكفي لتنافس المنتجات المقلَّدة المستوردة.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>To that end, the authority has deposited about 143 craft designs with the "
                    "intellectual-property department of the Ministry of Commerce and Industry, under Oman’s "
                    "copyright law (Royal Decree 65/2008). They cover a wide range of pieces: khanjar belts, "
                    "souvenirs, shields, models, office sets, furniture accessories, hospitality sets, women’s "
                    "accessories, medallions and lighting units, as well as palm-frond designs, bone designs and "
                    "coconut-shell products such as hand rosaries, gifts, file holders and medallions.</p>"
                ),
                "ar": (
                    "<p>ولهذه الغاية أودعت الهيئة نحو 143 تصميمًا حرفيًا لدى دائرة الملكية الفكرية في وزارة التجارة "
                    "والصناعة، بموجب قانون حقوق المؤلف الصادر بالمرسوم السلطاني 65/2008. وتشمل هذه التصاميم طيفًا "
                    "واسعًا من القطع: أحزمة الخناجر، والهدايا التذكارية، والدروع، والمجسّمات، والأطقم المكتبية، "
                    "وإكسسوارات الأثاث، وأطقم الضيافة، والإكسسوارات النسائية، والميداليات، ووحدات الإنارة، إلى جانب "
                    "تصاميم السعفيات والعظام، ومنتجات قشرة النارجيل كالمسابح اليدوية والهدايا وحوامل الملفات "
                    "والميداليات.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Each deposit is recorded on a certificate that carries a number and a date. When an artisan "
                    "lists a piece made to a deposited design, Hirfa links the listing to that deposit: the product "
                    "card shows a “Registered design” badge, and the product page gives the deposit number, the "
                    "title of the design and the date it was deposited. A deposit may belong to the authority or to "
                    "the artisan who created the design, and its page says which.</p>"
                ),
                "ar": (
                    "<p>ويُثبَت كل إيداع في شهادة تحمل رقمًا وتاريخًا. وحين يعرض حرفيٌّ في «حرفة» قطعةً مصنوعة وفق تصميم "
                    "مودع، نربط القطعة بذلك الإيداع: فتظهر على بطاقتها شارة «تصميم مودع»، وتذكر صفحتها رقم الإيداع "
                    "وعنوان التصميم وتاريخ إيداعه. وقد يكون الإيداع ملكًا للهيئة أو للحرفي الذي ابتكر التصميم، وصفحة "
                    "الإيداع تبيّن ذلك.</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "A design is years of an artisan’s life. Depositing it says: this belongs to Oman, and to the "
                    "hands that made it."
                ),
                "ar": "التصميم سنواتٌ من عمر الحرفي، وإيداعه يقول: هذا لعُمان، ولليد التي صنعته.",
                "attribution_en": "A craft trainer in Muscat",
                "attribution_ar": "مدرّب حِرَفي في مسقط",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Checking is simple. Click the title of the design on the product page, or open “Registered "
                    "designs” from the menu, to reach the deposit’s own page: its number, the design, its owner (the "
                    "craft authority or the artisan who created it), the deposit date, the certificate reference "
                    "where we hold it, and every piece on Hirfa made to that design. You can also type a deposit "
                    "number straight into the search box, in Latin or Arabic digits, to find the pieces made to it, "
                    "and the “Registered designs only” filter narrows any search to such pieces.</p>"
                ),
                "ar": (
                    "<p>والتحقّق يسير. انقر عنوان التصميم في صفحة القطعة، أو افتح «التصاميم المودعة» من القائمة، لتصل "
                    "إلى صفحة الإيداع نفسها: رقمه، والتصميم، ومالكه (الهيئة العامة للصناعات الحرفية أو الحرفي الذي "
                    "ابتكره)، وتاريخ الإيداع، ومرجع الشهادة إن كان لدينا، وكلّ قطعة في «حرفة» صُنعت وفقه. ويمكنك أيضًا "
                    "كتابة رقم الإيداع مباشرة في مربّع البحث، بالأرقام العربية أو اللاتينية، لتجد القطع المصنوعة "
                    "وفقه، كما يقصر مرشّح «التصاميم المودعة فقط» أيّ بحث على هذه القطع.</p>"
                ),
            },
            {"type": "products", "craft": "bone_coconut", "count": 3},
            {
                "type": "paragraph",
                "en": (
                    "<p>It matters just as much what the badge does not mean. A registered design is a statement "
                    "about where a design comes from and who holds the rights to it; it is not a grade of quality, "
                    "and many of the finest pieces on Hirfa are made to each family’s own, unregistered patterns. "
                    "Because every listing on Hirfa is linked to a deposit record rather than to a number typed in "
                    "freely, a badge here always leads to a deposit page. If you meet a claim of a registered design "
                    "elsewhere that you cannot check, ask the seller for the certificate number and its date.</p>"
                ),
                "ar": (
                    "<p>ومن المهمّ بالقدر نفسه أن تعرف ما لا تعنيه الشارة. فالتصميم المودع بيانٌ بمصدر التصميم وبمن "
                    "يملك حقوقه، وليس درجةً في سُلّم الجودة؛ وكثيرٌ من أجمل القطع في «حرفة» مصنوع بنقوش الأسر الخاصة غير "
                    "المودعة. ولأن كل قطعة عندنا مرتبطة بسجلّ إيداع لا برقمٍ يُكتب كيفما اتفق، فإن الشارة في «حرفة» "
                    "تقودك دائمًا إلى صفحة إيداع. وإن صادفت في مكان آخر ادّعاءً بتصميم مودع لا تستطيع التحقّق منه، فاطلب "
                    "من البائع رقم الشهادة وتاريخها.</p>"
                ),
            },
            {"type": "artisan", "craft": "khanjars"},
        ],
        "related": [
            "the-khanjar-at-the-heart-of-omani-dress",
            "plaiting-the-palm",
            "learning-the-craft-at-the-training-centres",
        ],
    },
    {
        "slug_en": "learning-the-craft-at-the-training-centres",
        "slug_ar": "taallum-al-hirfa-fi-marakiz-al-tadrib",
        "kind": "artisan",
        "title_en": "Learning the craft: inside the authority’s training centres",
        "title_ar": "تعلُّم الحرفة: في مراكز التدريب التابعة للهيئة",
        "intro_en": (
            "How does a craft survive when the old workshops close? In Oman, part of the answer is the training and "
            "production centres where young Omanis learn from experienced artisans."
        ),
        "intro_ar": (
            "كيف تبقى الحرفة حيّة حين تُغلق الورش القديمة أبوابها؟ في عُمان، جزءٌ من الجواب مراكز للتدريب والإنتاج يتعلّم "
            "فيها الشباب العُمانيون على أيدي حرفيين متمرّسين."
        ),
        "author_en": "Hirfa editors",
        "author_ar": "فريق تحرير حرفة",
        "date": date(2026, 3, 3),
        "crafts": ["khanjars", "silverwork", "palm_frond", "pottery", "woodwork"],
        "governorate": "muscat",
        "body": [
            {
                "type": "paragraph",
                "en": (
                    "<p>For most of history a craft was learned at home or in a neighbour’s workshop. A child sat "
                    "beside a parent, handed over tools, swept up, and slowly took on more of the work. That path "
                    "still exists, but it is narrower than it was. When the public authority for craft industries "
                    "was established by Royal Decree 24/2003, training and qualifying artisans was written into its "
                    "aims, alongside documenting every craft, its raw materials and its uses in each region.</p>"
                ),
                "ar": (
                    "<p>على مدى معظم التاريخ كانت الحرفة تُتعلَّم في البيت أو في ورشة الجار: يجلس الصغير إلى جوار أبيه "
                    "أو أمّه، يناوله الأدوات وينظّف المكان، ثم يتولّى شيئًا فشيئًا جزءًا أكبر من العمل. وما زال هذا الطريق "
                    "قائمًا، لكنه أضيق ممّا كان. وحين أُنشئت الهيئة العامة للصناعات الحرفية بالمرسوم السلطاني 24/2003، "
                    "نُصّ على تدريب الحرفيين وتأهيلهم ضمن أهدافها، إلى جانب توثيق كل حرفة وخاماتها واستخداماتها في كل "
                    "منطقة.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>The authority’s training and production centres are where that aim becomes daily work. The "
                    "best known is the khanjar and silverwork centre in Muscat. Its programme lasts two years, takes "
                    "trainees in cohorts of twenty and is taught by an all-Omani staff. Trainees begin with the "
                    "basics of the metal, drawing wire, cutting sheet and soldering, and work towards making a "
                    "complete piece to the standard that buyers expect. Because the centre is a production centre as "
                    "well, the pieces made there are sold too, some of them on Hirfa.</p>"
                ),
                "ar": (
                    "<p>وفي مراكز التدريب والإنتاج التابعة للهيئة يتحوّل هذا الهدف إلى عمل يومي. وأشهرها مركز الخناجر "
                    "والفضيات في مسقط، الذي يمتدّ برنامجه عامين، ويستقبل المتدرّبين في دفعات من عشرين، ويتولّى التدريب "
                    "فيه كادرٌ عُماني بالكامل. يبدأ المتدرّبون بأساسيات المعدن، من سحب الأسلاك إلى قصّ الصفائح واللحام، "
                    "ويتدرّجون حتى يصنعوا قطعة كاملة بالمستوى الذي ينتظره المشترون. ولأنه مركز إنتاج أيضًا، فإن ما "
                    "يُصنع فيه يُعرض للبيع، وبعضه في «حرفة».</p>"
                ),
            },
            {
                "type": "quote",
                "en": (
                    "In the first months they all want to make a whole khanjar. We have them draw wire until their "
                    "hands understand silver. Then the khanjar comes."
                ),
                "ar": (
                    "في الأشهر الأولى يريدون جميعًا أن يصنعوا خنجرًا كاملًا، فنجعلهم يسحبون الأسلاك حتى تفهم أيديهم "
                    "الفضة. بعد ذلك يأتي الخنجر."
                ),
                "attribution_en": "A trainer at the khanjar and silverwork centre in Muscat",
                "attribution_ar": "مدرّب في مركز الخناجر والفضيات بمسقط",
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Other programmes follow the crafts that people most want to learn. Palm-frond work, "
                    "silverwork, pottery and woodwork are among the most popular, and each draws on the materials "
                    "and traditions of the places where it is taught. A trainee potter learns how local clay "
                    "behaves; a trainee in palm-frond work learns to choose her leaflets and keep the rhythm of the "
                    "plait; a trainee woodworker learns to join and carve the chests, doors and trays that furnish "
                    "an Omani house.</p>"
                ),
                "ar": (
                    "<p>وتتبع البرامج الأخرى الحرفَ التي يُقبل الناس على تعلّمها. فالسعفيات والفضيات والفخّار والخشبيات "
                    "من أكثرها إقبالًا، وكلٌّ منها يستند إلى خامات المكان الذي يُدرَّس فيه وتقاليده. فالمتدرّب على الفخّار "
                    "يتعلّم طباع الطين المحلّي، والمتدرّبة على السعفيات تتعلّم انتقاء الخوص والمحافظة على إيقاع الضفيرة، "
                    "والمتدرّب على الخشبيات يتعلّم كيف يصل الألواح وينقش المناديس والأبواب والصواني التي تؤثّث البيت "
                    "العُماني.</p>"
                ),
            },
            {"type": "products", "craft": "woodwork", "count": 3},
            {
                "type": "paragraph",
                "en": (
                    "<p>Training is only half the story, because a craft survives only if its makers can earn a "
                    "living from it. That is why the authority also works to open marketing outlets at home and "
                    "abroad, runs Omani artisan houses together with the artisans of the wilayats, and encourages "
                    "private businesses to sell craft products. Hirfa is one such outlet, and some of the workshops "
                    "that sell on it were founded by graduates of the centres.</p>"
                ),
                "ar": (
                    "<p>غير أن التدريب نصف الحكاية، فالحرفة لا تبقى إلا إذا استطاع صنّاعها أن يكسبوا منها رزقهم. "
                    "ولهذا تعمل الهيئة أيضًا على فتح منافذ تسويقية في الداخل والخارج، وتدير بيوت الحرفي العُماني "
                    "بالشراكة مع حرفيي الولايات، وتشجّع القطاع الخاص على تسويق المنتجات الحرفية. و«حرفة» واحدٌ من هذه "
                    "المنافذ، وبعض الورش التي تعرض فيه أعمالها أسّسها خرّيجو هذه المراكز.</p>"
                ),
            },
            {
                "type": "paragraph",
                "en": (
                    "<p>Passing a craft on to young Omanis is also one of the criteria of the Sultan Qaboos Award "
                    "for Craft Excellence, next to quality, innovation and the use of Omani raw materials; in the "
                    "award’s fifth round, in 2017, more than forty craft products and five craft projects reached "
                    "the final judging. Artisans and school students alike can enter the authority’s craft "
                    "innovation competition. The message is the same at every level: a craft is not a museum piece "
                    "but a living trade, and it belongs to whoever is willing to learn it well.</p>"
                ),
                "ar": (
                    "<p>ونقل الحرفة إلى الشباب العُماني هو كذلك أحد معايير جائزة السلطان قابوس للإجادة الحرفية، إلى "
                    "جانب الجودة والابتكار واستخدام الخامات العُمانية، وقد بلغ التحكيم النهائي في دورتها الخامسة عام "
                    "2017 أكثر من أربعين منتجًا حرفيًا وخمسة مشاريع حرفية. كما يشارك الحرفيون وطلبة المدارس في مسابقة "
                    "الإبداع الحرفي التي تنظّمها الهيئة. والرسالة واحدة على كل المستويات: الحرفة ليست قطعة في متحف، "
                    "بل صنعة حيّة، وهي لكلّ من يرغب في أن يتقنها.</p>"
                ),
            },
            {"type": "artisan", "craft": "silverwork"},
        ],
        "related": [
            "the-khanjar-at-the-heart-of-omani-dress",
            "the-silver-of-nizwa",
            "from-clay-to-jahla-pottery-in-bahla",
        ],
    },
]

# Collections: two by rule, one hand-picked by the loader.
COLLECTIONS = [
    {
        "slug_en": "gifts-for-20-rials-or-less",
        "slug_ar": "hadaya-bi-ishrin-riyalan-aw-aqall",
        "title_en": "Gifts for 20 rials or less",
        "title_ar": "هدايا بعشرين ريالًا أو أقل",
        "intro_en": (
            "<p>Small pieces with a long story behind them: frankincense and bakhoor, palm-frond fans, silver rings, "
            "coconut-shell keyrings and more, all made by hand in Oman and all priced at OMR 20.000 or "
            "less.</p><p>Every piece comes from an artisan or an artisan house whose name and wilayat are on its "
            "page, so a small gift still carries the name of the hands that made it.</p>"
        ),
        "intro_ar": (
            "<p>قطعٌ صغيرة وراءها حكايات طويلة: لبان وبخور، ومهافّ من السعف، وخواتم فضية، وميداليات من قشرة النارجيل "
            "وغيرها، كلّها مصنوعة يدويًا في عُمان، وكلّها بعشرين ريالًا عُمانيًا أو أقل.</p><p>وكلّ قطعة تأتي من حرفي أو من "
            "بيت حرفي يُذكر اسمه وولايته في صفحتها، فتبقى الهدية الصغيرة حاملةً اسم اليد التي صنعتها.</p>"
        ),
        "featured_on_home": True,
        "rule": {
            "craft": None,
            "governorate": None,
            "material": "",
            "min_price": None,
            "max_price": Decimal("20.000"),
            "deposits_only": False,
        },
        "pick": None,
        "starts_on": None,
        "ends_on": None,
    },
    {
        "slug_en": "made-to-registered-designs",
        "slug_ar": "masnuat-wifq-tasamim-mudaa",
        "title_en": "Made to registered designs",
        "title_ar": "مصنوعات وفق تصاميم مودعة",
        "intro_en": (
            "<p>Every piece in this collection is made to a craft design deposited with the intellectual-property "
            "department of the Ministry of Commerce and Industry, most of them by the public authority for craft "
            "industries: khanjar belts, hospitality sets, women’s accessories, palm-frond pieces, coconut-shell "
            "rosaries and more.</p><p>Each product page gives the deposit number and date, and links to the "
            "deposit’s own page, where you can see who owns the design and every piece made to it.</p>"
        ),
        "intro_ar": (
            "<p>كلّ قطعة في هذه المجموعة مصنوعة وفق تصميم حرفي مودع لدى دائرة الملكية الفكرية بوزارة التجارة "
            "والصناعة، وأغلب هذه التصاميم أودعتها الهيئة العامة للصناعات الحرفية: أحزمة خناجر، وأطقم ضيافة، "
            "وإكسسوارات نسائية، وقطع من السعف، ومسابح من قشرة النارجيل وغيرها.</p><p>وتذكر صفحة كلّ قطعة رقم الإيداع "
            "وتاريخه، وتقودك إلى صفحة الإيداع نفسها، حيث ترى مالك التصميم وكلّ القطع المصنوعة وفقه.</p>"
        ),
        "featured_on_home": True,
        "rule": {
            "craft": None,
            "governorate": None,
            "material": "",
            "min_price": None,
            "max_price": None,
            "deposits_only": True,
        },
        "pick": None,
        "starts_on": None,
        "ends_on": None,
    },
    {
        "slug_en": "for-omani-artisans-day",
        "slug_ar": "li-yawm-al-hirafi-al-omani",
        "title_en": "For Omani Artisans’ Day",
        "title_ar": "في يوم الحرفي العُماني",
        "intro_en": (
            "<p>Every year on 3 March, Oman honours its artisans. Our editors chose these pieces to mark the day: "
            "khanjars and silver, pottery, palm-frond weaving and wool rugs, each one a small lesson in the craft it "
            "comes from.</p>"
        ),
        "intro_ar": (
            "<p>في الثالث من مارس من كل عام تكرّم عُمان حرفييها. واختار فريق تحرير «حرفة» هذه القطع احتفاءً بالمناسبة: "
            "خناجر وفضيات، وفخّار، وسعفيات، وبُسُط صوفية، كلّ قطعة منها درسٌ صغير في الحرفة التي جاءت منها.</p>"
        ),
        "featured_on_home": False,
        "rule": None,
        "pick": {"crafts": ["khanjars", "silverwork", "pottery", "palm_frond", "wool_weaving"], "count": 8},
        "starts_on": None,
        "ends_on": None,
    },
]

# One page per craft of the catalogue, keyed by craft slug.
CRAFT_PAGES = {
    "khanjars": {
        "intro_en": (
            "The curved Omani dagger with its sheath and belt, the best-known of Omani crafts, made above all in "
            "Nizwa and Muscat."
        ),
        "intro_ar": "الخنجر العُماني المعقوف بغمده وحزامه، أشهر الحرف العُمانية، ويُصنع خاصةً في نزوى ومسقط.",
        "history_en": (
            "<p>For generations Omani men have worn the khanjar at the centre of the belt on feast days, at weddings "
            "and on formal occasions. It appears on the national emblem, and a fine khanjar is often the most "
            "treasured heirloom a family owns. Once a weapon, it is today a sign of dignity and belonging.</p><p>The "
            "public authority for craft industries, established in 2003, documents and protects the craft: its "
            "khanjar and silverwork centre in Muscat trains young Omanis, and khanjar-belt designs are among those "
            "it has deposited with the Ministry of Commerce and Industry.</p>"
        ),
        "history_ar": (
            "<p>يلبس الرجال العُمانيون الخنجر منذ أجيال في وسط الحزام، في الأعياد والأعراس والمناسبات الرسمية. وهو "
            "حاضرٌ في الشعار الوطني، وكثيرًا ما يكون الخنجر الجيد أثمن إرث تحتفظ به الأسرة. كان سلاحًا في الماضي، وصار "
            "اليوم علامة وقار وانتماء.</p><p>وتعمل الهيئة العامة للصناعات الحرفية، التي أُنشئت عام 2003، على توثيق "
            "هذه الحرفة وصونها: فمركز الخناجر والفضيات التابع لها في مسقط يدرّب الشباب العُمانيين، وأحزمة الخناجر من "
            "التصاميم التي أودعتها لدى وزارة التجارة والصناعة.</p>"
        ),
        "techniques_en": (
            "<p>A khanjar brings several crafts together. The blade is forged and polished; the hilt is carved and "
            "fitted with silver; the sharply curved sheath is built over a core and clad in silver sheet and wire, "
            "drawn fine, twisted and laid in rows and rings; the belt is woven and often embroidered with silver "
            "thread. Buyers usually judge a khanjar first by the evenness of its wirework and the balance of its "
            "curve.</p>"
        ),
        "techniques_ar": (
            "<p>يجمع الخنجر حِرَفًا عدّة: فالنصل يُطرق ويُصقل، والمقبض يُنحت ويُحلّى بالفضة، والغمد الشديد الانحناء يُبنى على "
            "قالب ثم يُكسى بصفائح الفضة وأسلاكها، تُسحب الأسلاك حتى تدقّ ثم تُبرم وتُصفّ صفوفًا وحلقات، أما الحزام فيُنسج "
            "ويُطرَّز في الغالب بخيوط الفضة. ويحكم المشترون على الخنجر عادةً باستواء أسلاكه واتّزان انحناءته قبل كل "
            "شيء.</p>"
        ),
        "regions_en": (
            "<p>Nizwa in Ad Dakhiliyah and Muscat are the two homes of khanjar making. Nizwa’s souq has long been "
            "the place to compare one workshop’s sheaths with another’s, while Muscat is home to the authority’s "
            "khanjar and silverwork training and production centre, with its two-year programme for cohorts of "
            "twenty trainees.</p>"
        ),
        "regions_ar": (
            "<p>نزوى في محافظة الداخلية ومسقط هما موطنا صناعة الخناجر. وظلّ سوق نزوى منذ زمن بعيد المكان الذي تُقارَن "
            "فيه أغماد ورشة بأغماد أخرى، أما مسقط ففيها مركز تدريب وإنتاج الخناجر والفضيات التابع للهيئة، ببرنامجه "
            "الممتدّ عامين لدفعات من عشرين متدرّبًا.</p>"
        ),
    },
    "silverwork": {
        "intro_en": (
            "Rings, bracelets, necklaces, anklets and kohl pots, cast, drawn, hammered and engraved in Omani silver."
        ),
        "intro_ar": "خواتم وأساور وقلائد وخلاخيل ومكاحل، تُصبّ وتُسحب وتُطرق وتُنقش في الفضة العُمانية.",
        "history_en": (
            "<p>Silver jewellery has adorned Omani women and children for generations. It was given at weddings, "
            "worn on feast days and passed from mother to daughter, and a family’s silver was both its ornament and "
            "part of its savings. Men’s silver went into khanjars, belts and rings.</p><p>Silverwork remains one of "
            "the most popular programmes at the authority’s training centres, and women’s accessories and medallions "
            "are among the designs the authority has deposited with the Ministry of Commerce and Industry.</p>"
        ),
        "history_ar": (
            "<p>زيّنت الحُليّ الفضية النساء والأطفال في عُمان جيلًا بعد جيل. كانت تُهدى في الأعراس، وتُلبس في الأعياد، "
            "وتنتقل من الأم إلى ابنتها، فكانت فضة الأسرة زينتها وجزءًا من مدّخرها معًا. أما فضة الرجال فكانت للخناجر "
            "والأحزمة والخواتم.</p><p>وما زالت الفضيات من أكثر البرامج إقبالًا في مراكز التدريب التابعة للهيئة، "
            "والإكسسوارات النسائية والميداليات من التصاميم التي أودعتها الهيئة لدى وزارة التجارة والصناعة.</p>"
        ),
        "techniques_en": (
            "<p>Silver is melted, then cast or hammered into sheet, cut, shaped and soldered. Wire is drawn through "
            "ever smaller holes and twisted into filigree; tiny beads of silver are set in rows; surfaces are "
            "engraved or chased with punches, and recesses may be darkened so that the pattern stands out. Some "
            "pieces are gold-plated. Bells and chains make anklets and necklaces heard as well as seen.</p>"
        ),
        "techniques_ar": (
            "<p>تُصهر الفضة ثم تُصبّ في القوالب أو تُطرق صفائح، فتُقصّ وتُشكَّل وتُلحم. ويُسحب السلك عبر ثقوب تضيق شيئًا فشيئًا "
            "ثم يُبرم في شغل مخرَّم، وتُصفّ حبيبات الفضة الدقيقة صفوفًا، وتُحفر الأسطح أو تُنقش بالأقلام المعدنية، وقد تُسوَّد "
            "التجاويف ليبرز النقش. وتُطلى بعض القطع بالذهب. أما الأجراس والسلاسل فتجعل الخلاخيل والقلائد تُسمع كما "
            "تُرى.</p>"
        ),
        "regions_en": (
            "<p>Nizwa and Muscat are the two homes of Omani silver, and the silversmiths’ shops of Nizwa souq are "
            "the best-known place to see the craft at work. Silversmiths work in other governorates too, and the "
            "khanjar and silverwork centre in Muscat keeps training new ones.</p>"
        ),
        "regions_ar": (
            "<p>نزوى ومسقط موطنا الفضة العُمانية، ودكاكين الصاغة في سوق نزوى أشهر مكان يُرى فيه أهل الحرفة وهم يعملون. "
            "ويعمل الصاغة في محافظات أخرى كذلك، ولا يزال مركز الخناجر والفضيات في مسقط يخرّج صاغة جددًا.</p>"
        ),
    },
    "palm_frond": {
        "intro_en": "Baskets, mats, food covers and fans, plaited by hand from the fronds of the date palm.",
        "intro_ar": "سلال وحُصر ومكبّات ومهافّ، تُضفر باليد من سعف النخيل.",
        "history_en": (
            "<p>Wherever date palms grow in Oman, palm-frond work has been part of daily life. The palm gave baskets "
            "for the date harvest, mats to sit and sleep on, conical food covers and hand fans, and much of the work "
            "was done by women at home, the skill passing from mother to daughter.</p><p>Palm-frond work is among "
            "the most popular programmes at the authority’s training centres, and palm-frond designs are among those "
            "the authority has deposited with the Ministry of Commerce and Industry.</p>"
        ),
        "history_ar": (
            "<p>حيثما نبتت النخلة في عُمان كانت السعفيات جزءًا من الحياة اليومية. فمن النخلة جاءت سلال جني التمر، "
            "والحُصر التي يُجلس عليها ويُنام، والمكبّات المخروطية، والمهافّ، وكانت النساء يصنعن معظمها في البيوت، وتنتقل "
            "المهارة من الأم إلى ابنتها.</p><p>والسعفيات من أكثر البرامج إقبالًا في مراكز التدريب التابعة للهيئة، "
            "وتصاميمها من بين ما أودعته الهيئة لدى وزارة التجارة والصناعة.</p>"
        ),
        "techniques_en": (
            "<p>Young leaflets are stripped from the frond, dried in the sun, sorted and sometimes dyed, then soaked "
            "to make them supple again. The weaver plaits them into a long flat braid, adding leaflets as she goes, "
            "then coils and sews the braid edge to edge into bases, walls and lids. Rims and handles are finished "
            "with tighter plaits or bound with palm fibre.</p>"
        ),
        "techniques_ar": (
            "<p>يُنزع الخوص الفتيّ عن الجريد، ويُجفَّف في الشمس، ويُفرز ويُصبغ بعضه، ثم يُنقع في الماء ليستعيد ليونته. "
            "وتضفره الحرفية ضفيرة طويلة مسطّحة، تضيف إليها الخوص كلّما تقدّمت، ثم تلفّ الضفيرة وتخيطها حافةً إلى حافة "
            "لتصنع القواعد والجدران والأغطية. وتُختم الحواف والمقابض بضفائر أدقّ أو تُشدّ بليف النخل.</p>"
        ),
        "regions_en": (
            "<p>The craft is practised wherever there are palm groves, from the coastal plain of Al Batinah to the "
            "oases of Ad Dakhiliyah, Ash Sharqiyah and Ad Dhahirah, and each area has its own shapes, colours and "
            "patterns.</p>"
        ),
        "regions_ar": (
            "<p>تُمارَس الحرفة حيثما وُجدت بساتين النخيل، من سهل الباطنة الساحلي إلى واحات الداخلية والشرقية والظاهرة، "
            "ولكلّ منطقة أشكالها وألوانها ونقوشها.</p>"
        ),
    },
    "pottery": {
        "intro_en": (
            "Water jars, cooking pots and incense burners, shaped on the wheel and fired in the kiln, above all in "
            "Bahla."
        ),
        "intro_ar": "جِحال وبُرَم ومباخر، تُشكَّل على الدولاب وتُحرق في الفرن، وبهلاء موطنها الأول.",
        "history_en": (
            "<p>Pottery once furnished almost every Omani house: the jahla kept drinking water cool, the burma held "
            "the cooking, the mabkhara burned frankincense. Bahla gave its name to the craft, and its potters have "
            "worked the clay of Ad Dakhiliyah for generations.</p><p>Pottery is one of the most popular programmes "
            "at the authority’s training centres, and younger potters now make vases and decorated incense burners "
            "alongside the traditional shapes.</p>"
        ),
        "history_ar": (
            "<p>كان الفخّار حاضرًا في كل بيت عُماني تقريبًا: الجحلة تحفظ ماء الشرب باردًا، والبرمة للطبخ، والمبخرة للّبان. "
            "واقترن اسم بهلاء بهذه الحرفة، وقد عمل خزّافوها طين الداخلية جيلًا بعد جيل.</p><p>والفخّار من أكثر البرامج "
            "إقبالًا في مراكز التدريب التابعة للهيئة، وصار الخزّافون الشباب يصنعون المزهريات والمباخر المزخرفة إلى "
            "جانب الأشكال التقليدية.</p>"
        ),
        "techniques_en": (
            "<p>Clay is dug nearby, soaked, cleaned and kneaded until smooth. The potter throws each piece on a "
            "foot-turned wheel, building large jars in stages and adding handles and spouts when the clay is "
            "leather-hard. Pieces dry slowly in the shade, then in the sun, before firing in a wood-fuelled kiln. "
            "The walls are left unglazed and porous, which is why a jahla keeps its water cool by evaporation.</p>"
        ),
        "techniques_ar": (
            "<p>يُستخرج الطين من مواضع قريبة، ويُنقع ويُنقّى ويُعجن حتى ينعم. ويشكّل الخزّاف كل قطعة على دولاب يديره بقدمه، "
            "فيبني الجرار الكبيرة على مراحل، ويضيف المقابض والمصبّات حين يبلغ الطين نصف جفافه. ثم تجفّ القطع ببطء في "
            "الظلّ، ثم في الشمس، قبل أن تُحرق في فرن يُوقد بالحطب. وتُترك الجدران بلا طلاء زجاجي فتبقى مسامّية، ولهذا "
            "تحفظ الجحلة ماءها باردًا بالتبخّر.</p>"
        ),
        "regions_en": (
            "<p>Bahla in Ad Dakhiliyah is the home of Omani pottery, and its workshops are the best known in the "
            "country. Potters work in other wilayats too, shaping local clays to local needs; in Dhofar, painted "
            "incense burners are a familiar sight.</p>"
        ),
        "regions_ar": (
            "<p>بهلاء في محافظة الداخلية موطن الفخّار العُماني، وورشها أشهر ورش الفخّار في البلاد. ويعمل الخزّافون في "
            "ولايات أخرى كذلك، يشكّلون الطين المحلّي بحسب حاجات أهل المكان؛ وفي ظفار تُعدّ المباخر الملوّنة مشهدًا "
            "مألوفًا.</p>"
        ),
    },
    "cotton_weaving": {
        "intro_en": "Shawls, embroidered caps and men’s wraps: Oman’s largest craft by number of artisans.",
        "intro_ar": "شالات وكُمم مطرّزة وأوزرة رجالية: أكبر الحرف العُمانية من حيث عدد الحرفيين.",
        "history_en": (
            "<p>Cotton weaving is the largest craft in Oman’s national registry: 6,590 of the 20,642 artisans "
            "counted in 2017 worked in it. Woven cloth has dressed Omani families for generations, from the wizar "
            "that men wear under the dishdasha to the shawl, and the embroidered kuma cap remains part of everyday "
            "men’s dress.</p>"
        ),
        "history_ar": (
            "<p>النسيج القطني أكبر الحرف في السجلّ الوطني للحرفيين، إذ عمل فيه 6590 حرفيًا من أصل 20642 حرفيًا أحصاهم "
            "السجلّ عام 2017. وقد كسا النسيج الأسر العُمانية جيلًا بعد جيل، من الوزار الذي يلبسه الرجال تحت الدشداشة "
            "إلى الشالات، وما زالت الكمّة المطرّزة جزءًا من لباس الرجل اليومي.</p>"
        ),
        "techniques_en": (
            "<p>Cotton yarn is warped and woven on hand looms into lengths of cloth, with borders and bands of "
            "colour worked in as the weaving goes. The kuma is a craft of its own: its crown is stitched by hand in "
            "dense rows of fine embroidery and geometric patterns, slow work that shows in every cap.</p>"
        ),
        "techniques_ar": (
            "<p>تُسدّى خيوط القطن وتُنسج على الأنوال اليدوية أثوابًا، وتُدخل الحواشي والأشرطة الملوّنة في أثناء النسج. أما "
            "الكمّة فحرفة قائمة بذاتها: يُخاط تاجها باليد صفوفًا متلاصقة من التطريز الدقيق والنقوش الهندسية، وهو عملٌ "
            "بطيء يظهر أثره في كل كمّة.</p>"
        ),
        "regions_en": (
            "<p>Cotton weaving and kuma embroidery are practised across the governorates, often at home, which is "
            "one reason the craft counts so many registered artisans.</p>"
        ),
        "regions_ar": (
            "<p>يُمارَس النسيج القطني وتطريز الكمم في المحافظات كلّها، وكثيرًا ما يكون ذلك في البيوت، وهذا من أسباب كثرة "
            "الحرفيين المسجّلين في هذه الحرفة.</p>"
        ),
    },
    "wool_weaving": {
        "intro_en": "Rugs and saddle bags woven on the ground loom from sheep’s wool and camel hair.",
        "intro_ar": "بُسُط وخُروج تُنسج على النول الأرضي من صوف الغنم ووبر الإبل.",
        "history_en": (
            "<p>Wool weaving is Oman’s second-largest craft: the 2017 registry counted 5,005 wool weavers. It grew "
            "among herding families, who had wool and camel hair to hand and needed rugs, cushions and saddle bags "
            "strong enough for life in the desert and the mountains. The skill has passed mostly from mother to "
            "daughter.</p>"
        ),
        "history_ar": (
            "<p>النسيج الصوفي ثاني أكبر الحرف في عُمان، إذ أحصى سجلّ عام 2017 فيه 5005 حرفيين. نشأ بين الأسر التي ترعى "
            "المواشي، فكان الصوف ووبر الإبل في متناول أيديها، وكانت حاجتها إلى البُسُط والوسائد والخُروج التي تصمد أمام "
            "حياة الصحراء والجبال. وقد انتقلت المهارة في الغالب من الأم إلى ابنتها.</p>"
        ),
        "techniques_en": (
            "<p>Wool is washed, combed and spun on a hand spindle, and camel hair is spun the same way. Yarn keeps "
            "its natural whites, browns and blacks or is dyed in strong colours. The ground loom is two beams pegged "
            "to the floor; the weaver sits on the finished part and picks out geometric patterns row by row, beating "
            "each row tight.</p>"
        ),
        "techniques_ar": (
            "<p>يُغسل الصوف ويُمشَّط ويُغزل بالمغزل اليدوي، ويُغزل وبر الإبل بالطريقة نفسها. ويبقى الغزل على ألوانه "
            "الطبيعية من أبيض وبنّي وأسود، أو يُصبغ بألوان قوية. والنول الأرضي عارضتان مثبّتتان بالأوتاد في الأرض، تجلس "
            "الحائكة على ما اكتمل من البساط، وتلتقط النقوش الهندسية صفًّا بعد صفّ، وتدكّ كل صفّ بإحكام.</p>"
        ),
        "regions_en": (
            "<p>North Ash Sharqiyah and Al Wusta are the homes of Omani wool rugs, and Omani artisan houses in the "
            "wilayats give weavers a place to work and sell together.</p>"
        ),
        "regions_ar": (
            "<p>شمال الشرقية والوسطى موطنا البُسُط الصوفية العُمانية، وتمنح بيوت الحرفي العُماني في الولايات الحائكاتِ "
            "مكانًا يعملن فيه ويبعن أعمالهنّ معًا.</p>"
        ),
    },
    "incense_cosmetics": {
        "intro_en": (
            "Frankincense, bakhoor, perfume oils, rosewater and kohl: the scents and traditional cosmetics of Oman."
        ),
        "intro_ar": "اللبان والبخور ودهن العطر وماء الورد والكحل: روائح عُمان ومستحضرات التجميل التقليدية فيها.",
        "history_en": (
            "<p>Frankincense from Dhofar has been traded and burned for thousands of years, and scent remains at the "
            "heart of Omani hospitality: a censer passed among guests, clothes perfumed before a celebration. The "
            "2017 registry counted 3,051 artisans in incense and cosmetics, the third-largest craft in the "
            "country.</p>"
        ),
        "history_ar": (
            "<p>يُتداوَل لبان ظفار ويُحرق منذ آلاف السنين، وما زال الطيب في قلب الضيافة العُمانية: مبخرة تدور على "
            "الضيوف، وثيابٌ تُبخَّر قبل المناسبات. وأحصى سجلّ عام 2017 في البخور ومستحضرات التجميل 3051 حرفيًا، فهي ثالث "
            "أكبر الحرف في البلاد.</p>"
        ),
        "techniques_en": (
            "<p>Frankincense resin is tapped from small cuts in the bark, left to harden, then gathered and sorted "
            "by colour and size. Bakhoor is blended from wood chips, resins and perfume oils to each maker’s recipe. "
            "Rosewater is distilled from fresh petals, and kohl is ground to a fine powder and kept in a kohl "
            "pot.</p>"
        ),
        "techniques_ar": (
            "<p>يُجنى راتنج اللبان من جروح صغيرة تُحدث في لحاء الشجرة، ويُترك حتى يتصلّب، ثم يُجمع ويُفرز بحسب لونه وحجمه. "
            "ويُمزج البخور من رقائق الخشب والراتنجات ودهن العطر على وصفة كل صانع. ويُقطَّر ماء الورد من البتلات الطازجة، "
            "ويُسحق الكحل حتى يصير مسحوقًا ناعمًا ويُحفظ في المكحلة.</p>"
        ),
        "regions_en": (
            "<p>Dhofar is the land of frankincense, and with 6,224 registered artisans it is also the governorate "
            "with the most artisans of any craft. Rosewater comes from the terraced rose gardens of Al Jabal Al "
            "Akhdar in Ad Dakhiliyah.</p>"
        ),
        "regions_ar": (
            "<p>ظفار أرض اللبان، وهي كذلك المحافظة الأكثر حرفيين في الحرف كلّها، بعدد بلغ 6224 حرفيًا مسجّلًا. أما ماء "
            "الورد فيأتي من مدرّجات الورد في الجبل الأخضر بمحافظة الداخلية.</p>"
        ),
    },
    "woodwork": {
        "intro_en": "Mandoos chests, carved doors, trays and dhow models from the workshops of Oman’s carpenters.",
        "intro_ar": "مناديس وأبواب منقوشة وصوانٍ ونماذج سفن من ورش النجّارين في عُمان.",
        "history_en": (
            "<p>Good wood was precious in Oman, and carpenters made the most of it: carved doors for forts and "
            "houses, mandoos chests to keep a bride’s clothes and jewellery, trays and bowls for the table. On the "
            "coast, shipbuilders built the dhows that carried Omani trade across the Indian Ocean, and Sur is still "
            "their home.</p><p>Woodwork is one of the most popular programmes at the authority’s training "
            "centres.</p>"
        ),
        "history_ar": (
            "<p>كان الخشب الجيد عزيزًا في عُمان، فأحسن النجّارون استعماله: أبوابًا منقوشة للحصون والبيوت، ومناديس تُحفظ "
            "فيها ثياب العروس وحُليّها، وصوانيَ وأوعية للمائدة. وعلى الساحل بنى صنّاع السفن المراكب التي حملت تجارة عُمان "
            "عبر المحيط الهندي، وما زالت صور موطن هذه الصناعة.</p><p>والخشبيات من أكثر البرامج إقبالًا في مراكز "
            "التدريب التابعة للهيئة.</p>"
        ),
        "techniques_en": (
            "<p>Boards are cut, jointed and assembled by hand. Doors and chests are carved with rosettes, borders "
            "and geometric patterns, and chests are often finished with brass studs and fittings. Dhow models repeat "
            "in miniature the lines of the full-size boats, plank by plank.</p>"
        ),
        "techniques_ar": (
            "<p>تُقطع الألواح وتُوصل وتُجمع باليد. وتُنقش الأبواب والمناديس بالورود والأطر والنقوش الهندسية، وكثيرًا ما "
            "تُزيَّن المناديس بمسامير وحليات نحاسية. أما نماذج السفن فتعيد بحجم صغير خطوط المراكب الحقيقية، لوحًا بعد "
            "لوح.</p>"
        ),
        "regions_en": (
            "<p>Sur in South Ash Sharqiyah is the home of dhow building. Carved doors and mandoos chests are made in "
            "many wilayats, in the old towns of the interior as well as on the coast.</p>"
        ),
        "regions_ar": (
            "<p>صور في محافظة جنوب الشرقية موطن بناء السفن. أما الأبواب المنقوشة والمناديس فتُصنع في ولايات كثيرة، في "
            "البلدات القديمة بالداخل كما على الساحل.</p>"
        ),
    },
    "copperwork": {
        "intro_en": "Coffee pots, trays and incense burners hammered from copper.",
        "intro_ar": "دِلال وصوانٍ ومباخر تُطرق من النحاس.",
        "history_en": (
            "<p>Copper vessels have long served Omani kitchens and majlis: the dallah that pours coffee for guests, "
            "trays for dates and fruit, cooking pots and incense burners. Hospitality sets are among the designs the "
            "authority has deposited with the Ministry of Commerce and Industry, a sign of how closely the craft is "
            "tied to welcoming guests.</p>"
        ),
        "history_ar": (
            "<p>خدمت الأواني النحاسية المطابخ والمجالس العُمانية زمنًا طويلًا: الدلّة التي تصبّ القهوة للضيوف، والصواني "
            "للتمر والفاكهة، وقدور الطبخ والمباخر. وأطقم الضيافة من التصاميم التي أودعتها الهيئة لدى وزارة التجارة "
            "والصناعة، وفي ذلك دلالة على ارتباط هذه الحرفة الوثيق بإكرام الضيف.</p>"
        ),
        "techniques_en": (
            "<p>Copper sheet is cut and raised by hammering over stakes into rounded forms, then joined; surfaces "
            "are chased or engraved with patterns and polished. A dallah needs many separate parts, body, neck, "
            "spout, lid and handle, fitted together so that it pours cleanly.</p>"
        ),
        "techniques_ar": (
            "<p>تُقصّ صفائح النحاس وتُرفع بالطرق على السنادين حتى تستدير، ثم تُوصل، وتُنقش الأسطح أو تُحفر وتُصقل. وتحتاج "
            "الدلّة إلى أجزاء كثيرة منفصلة، من البدن والعنق والمصبّ والغطاء والمقبض، تُركَّب بإحكام حتى تصبّ القهوة بلا "
            "تقطير.</p>"
        ),
        "regions_en": (
            "<p>Coppersmiths work in the old souqs of several governorates, and their pieces, from everyday pots to "
            "engraved hospitality sets, are sold all over Oman.</p>"
        ),
        "regions_ar": (
            "<p>يعمل النحّاسون في الأسواق القديمة بعدد من المحافظات، وتُباع أعمالهم، من القدور اليومية إلى أطقم "
            "الضيافة المنقوشة، في أنحاء عُمان.</p>"
        ),
    },
    "bone_coconut": {
        "intro_en": "Prayer beads, keyrings, medallions and gifts carved from bone and coconut shell.",
        "intro_ar": "مسابح وميداليات وهدايا منحوتة من العظم وقشرة النارجيل.",
        "history_en": (
            "<p>Bone and coconut shell were once simply what was left over, and artisans turned them into beads and "
            "small, useful things. Today the craft makes prayer beads, medallions, keyrings and gifts, and the "
            "authority has deposited bone designs and coconut-shell products, including hand rosaries, gifts, file "
            "holders and medallions, with the Ministry of Commerce and Industry.</p>"
        ),
        "history_ar": (
            "<p>كان العظم وقشر النارجيل في الأصل ممّا يفضل ويُرمى، فحوّله الحرفيون إلى خرز وأشياء صغيرة نافعة. واليوم "
            "تصنع هذه الحرفة المسابح والميداليات والهدايا، وقد أودعت الهيئة لدى وزارة التجارة والصناعة تصاميم من "
            "العظم ومنتجات من قشرة النارجيل، منها المسابح اليدوية والهدايا وحوامل الملفات والميداليات.</p>"
        ),
        "techniques_en": (
            "<p>Coconut shell is cleaned, cut, shaped and polished until its dark grain shines; bone is cleaned, cut "
            "and carved. Beads are drilled one by one, matched in size and strung; medallions and gifts are cut to "
            "shape, engraved and finished by hand.</p>"
        ),
        "techniques_ar": (
            "<p>تُنظَّف قشرة النارجيل وتُقطع وتُشكَّل وتُصقل حتى تلمع عروقها الداكنة، ويُنظَّف العظم ويُقطع ويُنحت. ويُثقب الخرز "
            "حبّةً حبّة، ويُطابَق في الحجم ثم يُنظم، أما الميداليات والهدايا فتُقصّ على شكلها وتُنقش وتُشطَّب باليد.</p>"
        ),
        "regions_en": (
            "<p>Coconut palms grow on the coast of Dhofar around Salalah, and coconut-shell work is sold across "
            "Oman, often as souvenirs and gifts. Bone work is found in several governorates.</p>"
        ),
        "regions_ar": (
            "<p>ينمو النارجيل على ساحل ظفار حول صلالة، وتُباع مصنوعات قشرته في أنحاء عُمان، هدايا وتذكارات في الغالب. "
            "أما مصنوعات العظم فتوجد في عدد من المحافظات.</p>"
        ),
    },
}

# One page per governorate, keyed by governorate slug; figures from the 2017 registry.
GOVERNORATE_PAGES = {
    "muscat": {
        "intro_en": (
            "<p>Muscat is one of the two homes of Omani silver and khanjar making, and the seat of the authority’s "
            "khanjar and silverwork training and production centre, where young Omanis train in cohorts of twenty "
            "over two years. The 2017 registry counted 465 artisans in the governorate, in wilayats from Mutrah and "
            "Seeb to Bawshar and Qurayyat. Its souqs are where many visitors first meet the crafts of every region "
            "of Oman.</p>"
        ),
        "intro_ar": (
            "<p>مسقط أحد موطنَي صناعة الفضة والخناجر في عُمان، وفيها مركز تدريب وإنتاج الخناجر والفضيات التابع للهيئة، "
            "حيث يتدرّب الشباب العُمانيون عامين في دفعات من عشرين متدرّبًا. وأحصى سجلّ عام 2017 في المحافظة 465 حرفيًا، في "
            "ولايات تمتدّ من مطرح والسيب إلى بوشر وقريات. وفي أسواقها يلتقي كثيرٌ من الزوّار لأول مرة بحرف المناطق "
            "العُمانية كلّها.</p>"
        ),
    },
    "dhofar": {
        "intro_en": (
            "<p>Dhofar is the land of frankincense, and it has more registered artisans than any other governorate: "
            "6,224 in 2017, about three in every ten artisans in Oman. From Salalah, Taqah and Mirbat on the coast "
            "to Thumrait inland, its artisans keep the crafts of fragrance alive alongside many others, and coconut "
            "palms on its coast supply coconut-shell work.</p>"
        ),
        "intro_ar": (
            "<p>ظفار أرض اللبان، وهي المحافظة الأكثر حرفيين مسجّلين: 6224 حرفيًا في عام 2017، أي نحو ثلاثة من كل عشرة "
            "حرفيين في عُمان. ومن صلالة وطاقة ومرباط على الساحل إلى ثمريت في الداخل، يحفظ حرفيوها صناعة الطيب إلى "
            "جانب حرف كثيرة أخرى، ويمدّ نارجيل ساحلها حرفة قشرة النارجيل بخامتها.</p>"
        ),
    },
    "musandam": {
        "intro_en": (
            "<p>Musandam, at Oman’s northern tip, is a land of mountains and deep sea inlets. The 2017 registry "
            "counted 348 artisans there, in Khasab, Bukha, Dibba and the villages around them, keeping alive crafts "
            "shaped by mountain and coastal life.</p>"
        ),
        "intro_ar": (
            "<p>مسندم، في أقصى شمال عُمان، أرض جبال وخلجان بحرية عميقة. وأحصى سجلّ عام 2017 فيها 348 حرفيًا في خصب وبخا "
            "ودبا والقرى المحيطة بها، يحفظون حرفًا شكّلتها حياة الجبل والساحل.</p>"
        ),
    },
    "al_buraimi": {
        "intro_en": (
            "<p>Al Buraimi, on Oman’s north-western border, had 187 registered artisans in 2017, the smallest figure "
            "in the registry, in the wilayats of Al Buraimi, Mahdah and As Sunaynah. Small as the community is, "
            "every piece from here is the work of a small circle of makers.</p>"
        ),
        "intro_ar": (
            "<p>البريمي، على حدود عُمان الشمالية الغربية، سُجّل فيها 187 حرفيًا في عام 2017، وهو أصغر رقم في السجلّ، في "
            "ولايات البريمي ومحضة والسنينة. ومع صغر هذا المجتمع الحرفي، فإن كل قطعة تأتي من هنا من صنع دائرة صغيرة "
            "من الصنّاع.</p>"
        ),
    },
    "ad_dakhiliyah": {
        "intro_en": (
            "<p>Ad Dakhiliyah is the heartland of several of Oman’s best-known crafts: silver and khanjars in Nizwa, "
            "pottery in Bahla and rosewater on Al Jabal Al Akhdar. The 2017 registry counted 2,008 artisans in the "
            "governorate, in wilayats from Samail and Izki to Adam and Al Hamra.</p>"
        ),
        "intro_ar": (
            "<p>الداخلية قلب عددٍ من أشهر الحرف العُمانية: الفضة والخناجر في نزوى، والفخّار في بهلاء، وماء الورد في "
            "الجبل الأخضر. وأحصى سجلّ عام 2017 في المحافظة 2008 حرفيين، في ولايات تمتدّ من سمائل وإزكي إلى أدم "
            "والحمراء.</p>"
        ),
    },
    "north_batinah": {
        "intro_en": (
            "<p>North Al Batinah runs along the coast through Sohar, Saham, Al Khaburah and Shinas, with palm groves "
            "between the sea and the mountains. Together with South Al Batinah it counted 4,685 registered artisans "
            "in 2017, one of the largest craft communities in Oman, and palm-frond work is part of daily life "
            "here.</p>"
        ),
        "intro_ar": (
            "<p>تمتدّ شمال الباطنة على الساحل عبر صحار وصحم والخابورة وشناص، وبساتين النخيل فيها بين البحر والجبال. "
            "وقد أحصى سجلّ عام 2017 فيها مع جنوب الباطنة 4685 حرفيًا، وهو من أكبر المجتمعات الحرفية في عُمان، والسعفيات "
            "هنا جزءٌ من الحياة اليومية.</p>"
        ),
    },
    "south_batinah": {
        "intro_en": (
            "<p>South Al Batinah stretches from the coast at Barka to the mountain wilayats of Rustaq, Nakhal and Al "
            "Awabi. With North Al Batinah it counted 4,685 registered artisans in 2017, and the palm groves of its "
            "wadis and oases supply the long-standing craft of palm-frond weaving.</p>"
        ),
        "intro_ar": (
            "<p>تمتدّ جنوب الباطنة من الساحل عند بركاء إلى ولايات الجبل: الرستاق ونخل والعوابي. وقد أحصى سجلّ عام 2017 "
            "فيها مع شمال الباطنة 4685 حرفيًا، وتمدّ بساتين النخيل في أوديتها وواحاتها حرفة السعفيات العريقة "
            "بخامتها.</p>"
        ),
    },
    "south_sharqiyah": {
        "intro_en": (
            "<p>South Ash Sharqiyah looks to the sea: Sur is the home of Omani dhow building, and the authority’s "
            "regional directorate for the governorate is based there under decision 20/2017. Together with North Ash "
            "Sharqiyah the region counted 4,972 registered artisans in 2017, second only to Dhofar, from Sur to "
            "Jaalan Bani Bu Ali and Masirah.</p>"
        ),
        "intro_ar": (
            "<p>تتّجه جنوب الشرقية إلى البحر: فصور موطن بناء السفن العُمانية، وفيها مقرّ المديرية الإقليمية للهيئة في "
            "المحافظة بموجب القرار 20/2017. وقد أحصى سجلّ عام 2017 في الشرقية بشمالها وجنوبها 4972 حرفيًا، فلا يتقدّم "
            "عليها إلا ظفار، من صور إلى جعلان بني بو علي ومصيرة.</p>"
        ),
    },
    "north_sharqiyah": {
        "intro_en": (
            "<p>North Ash Sharqiyah, from Ibra and Al Mudaybi to Bidiyah and Al Qabil on the edge of the sands, is "
            "one of the two homes of Omani wool rugs. Together with South Ash Sharqiyah it counted 4,972 registered "
            "artisans in 2017, more than any region except Dhofar.</p>"
        ),
        "intro_ar": (
            "<p>شمال الشرقية، من إبراء والمضيبي إلى بدية والقابل على أطراف الرمال، أحد موطنَي البُسُط الصوفية العُمانية. "
            "وقد أحصى سجلّ عام 2017 فيها مع جنوب الشرقية 4972 حرفيًا، وهو عددٌ لا يفوقه إلا عدد حرفيي ظفار.</p>"
        ),
    },
    "ad_dhahirah": {
        "intro_en": (
            "<p>Ad Dhahirah, with Ibri, Yanqul and Dhank, lies between the mountains and the desert in the west of "
            "Oman. The 2017 registry counted 424 artisans in the governorate, whose crafts draw on both oasis and "
            "desert life.</p>"
        ),
        "intro_ar": (
            "<p>تقع الظاهرة، بولاياتها عبري وينقل وضنك، بين الجبال والصحراء في غرب عُمان. وأحصى سجلّ عام 2017 في "
            "المحافظة 424 حرفيًا، تستقي حرفهم من حياة الواحة والصحراء معًا.</p>"
        ),
    },
    "al_wusta": {
        "intro_en": (
            "<p>Al Wusta, Oman’s wide central governorate, from Haima inland to Duqm and Mahout on the coast, is one "
            "of the two homes of Omani wool rugs, woven from the wool and camel hair of local herds. The 2017 "
            "registry counted 1,329 artisans in the governorate.</p>"
        ),
        "intro_ar": (
            "<p>الوسطى، محافظة عُمان الفسيحة في وسط البلاد، من هيماء في الداخل إلى الدقم ومحوت على الساحل، أحد موطنَي "
            "البُسُط الصوفية العُمانية، تُنسج من صوف المواشي ووبر الإبل. وأحصى سجلّ عام 2017 في المحافظة 1329 حرفيًا.</p>"
        ),
    },
}

# Events. The honours are Hirfa's own; the loader links each winner to an artisan and a piece of its craft.
EVENTS = [
    {
        "slug_en": "omani-artisans-day-2026",
        "slug_ar": "yawm-al-hirafi-al-omani-2026",
        "title_en": "Omani Artisans’ Day 2026",
        "title_ar": "يوم الحرفي العُماني 2026",
        "date": date(2026, 3, 3),
        "place_en": "Online on Hirfa, with artisans from across Oman’s governorates",
        "place_ar": "على منصة حرفة، مع حرفيين من محافظات عُمان",
        "body_en": (
            "<p>Every year on 3 March, Oman celebrates Omani Artisans’ Day, when outstanding artisans are honoured "
            "for their work. The date is also the anniversary of the public authority for craft industries, "
            "established by Royal Decree 24/2003 on 3 March 2003.</p><p>Hirfa marked the day in 2026 by honouring "
            "three artisans who sell on the marketplace. Our editors chose them with the qualities that the Sultan "
            "Qaboos Award for Craft Excellence looks for in mind: quality, innovation, the use of Omani raw "
            "materials and passing the craft on to young Omanis. (In the award’s fifth round, in 2017, more than "
            "forty craft products and five craft projects reached the final judging.) These are Hirfa’s own honours, "
            "not the authority’s awards.</p><p>Each citation below links to the artisan and to one of their pieces, "
            "and the collection “For Omani Artisans’ Day” gathers more work from the crafts we celebrated.</p>"
        ),
        "body_ar": (
            "<p>تحتفل عُمان في الثالث من مارس من كل عام بيوم الحرفي العُماني، ويُكرَّم فيه الحرفيون المتميّزون. ويوافق هذا "
            "التاريخ كذلك ذكرى إنشاء الهيئة العامة للصناعات الحرفية بالمرسوم السلطاني 24/2003 في الثالث من مارس "
            "2003.</p><p>واحتفت «حرفة» بالمناسبة في عام 2026 بتكريم ثلاثة من الحرفيين الذين يعرضون أعمالهم فيها. "
            "واختارهم فريق التحرير مستلهمًا ما تبحث عنه جائزة السلطان قابوس للإجادة الحرفية: الجودة، والابتكار، "
            "واستخدام الخامات العُمانية، ونقل الحرفة إلى الشباب العُماني. (وقد بلغ التحكيم النهائي في الدورة الخامسة "
            "للجائزة عام 2017 أكثر من أربعين منتجًا حرفيًا وخمسة مشاريع حرفية.) وهذه تكريمات خاصة بـ«حرفة»، لا جوائز "
            "الهيئة.</p><p>ويقودك كل تكريم أدناه إلى الحرفي وإلى إحدى قطعه، كما تجمع مجموعة «في يوم الحرفي العُماني» "
            "مزيدًا من أعمال الحرف التي احتفينا بها.</p>"
        ),
        "winners": [
            {
                "award_en": "Hirfa Artisans’ Day honour for quality",
                "award_ar": "تكريم «حرفة» في يوم الحرفي: الجودة",
                "craft": "silverwork",
                "citation_en": (
                    "For silver jewellery of exceptional finish, whose wirework, beading and joins bear the closest "
                    "inspection, made entirely by hand."
                ),
                "citation_ar": (
                    "لحُليّ فضية بالغة الإتقان، تصمد أسلاكها وحبيباتها ولحاماتها أمام أدقّ نظرة، صُنعت كلّها باليد."
                ),
            },
            {
                "award_en": "Hirfa Artisans’ Day honour for innovation",
                "award_ar": "تكريم «حرفة» في يوم الحرفي: الابتكار",
                "craft": "palm_frond",
                "citation_en": (
                    "For palm-frond pieces that bring new shapes and colours to an old plait while keeping its "
                    "technique intact, and for working only with Omani palm fronds."
                ),
                "citation_ar": (
                    "لقطع سعفية تمنح الضفيرة القديمة أشكالًا وألوانًا جديدة مع الحفاظ على أصول صنعتها، ولاقتصارها على "
                    "سعف النخيل العُماني."
                ),
            },
            {
                "award_en": "Hirfa Artisans’ Day honour for passing on the craft",
                "award_ar": "تكريم «حرفة» في يوم الحرفي: نقل الحرفة إلى الأجيال",
                "craft": "wool_weaving",
                "citation_en": (
                    "For rugs and saddle bags woven on the ground loom in the patterns of the region, and for "
                    "sharing the loom with young women who are learning to weave."
                ),
                "citation_ar": (
                    "لبُسُط وخُروج نُسجت على النول الأرضي بنقوش المنطقة، ولإشراك الفتيات اللواتي يتعلّمن الحياكة في العمل "
                    "على النول."
                ),
            },
        ],
    },
]

# The home page's hero, in both languages.
HOME = {
    "hero_title_en": "Hirfa: Omani crafts from the hands that make them",
    "hero_title_ar": "حرفة: حرف عُمانية من الأيدي التي تصنعها",
    "hero_text_en": (
        "Khanjars and silver from Nizwa and Muscat, pottery from Bahla, frankincense from Dhofar, wool rugs from Ash "
        "Sharqiyah and Al Wusta, and much more, sold by the artisans and artisan houses of all eleven governorates "
        "of Oman."
    ),
    "hero_text_ar": (
        "خناجر وفضيات من نزوى ومسقط، وفخّار من بهلاء، ولبان من ظفار، وبُسُط صوفية من الشرقية والوسطى، وغيرها الكثير، "
        "يعرضها حرفيو عُمان وبيوت الحرفي في محافظاتها الإحدى عشرة."
    ),
}

# The section landing pages under the home page.
INDEX_PAGES = {
    "stories": {
        "title_en": "Stories",
        "title_ar": "حكايات",
        "slug_en": "stories",
        "slug_ar": "hikayat",
        "intro_en": (
            "<p>The heritage behind Omani crafts, the techniques that shape them and the artisans who keep them "
            "alive, written by the Hirfa editors.</p>"
        ),
        "intro_ar": (
            "<p>الإرث الذي تقوم عليه الحرف العُمانية، والتقنيات التي تشكّلها، والحرفيون الذين يحفظونها حيّة، بأقلام "
            "فريق تحرير «حرفة».</p>"
        ),
    },
    "collections": {
        "title_en": "Collections",
        "title_ar": "مجموعات",
        "slug_en": "collections",
        "slug_ar": "majmuat",
        "intro_en": (
            "<p>Pieces brought together by our editors: gifts within a budget, work made to registered designs, and "
            "selections for the days when Oman celebrates its artisans.</p>"
        ),
        "intro_ar": (
            "<p>قطعٌ جمعها فريق التحرير: هدايا في حدود ميزانيتك، وأعمال مصنوعة وفق تصاميم مودعة، ومختارات للأيام التي "
            "تحتفي فيها عُمان بحرفييها.</p>"
        ),
    },
    "crafts": {
        "title_en": "Crafts",
        "title_ar": "الحرف",
        "slug_en": "crafts",
        "slug_ar": "al-hiraf",
        "intro_en": (
            "<p>The ten craft families of Oman’s national registry, from khanjars and silver to palm-frond weaving, "
            "pottery and frankincense: their history, their techniques and the places they come from.</p>"
        ),
        "intro_ar": (
            "<p>الحرف العشر في السجلّ الوطني للحرفيين في عُمان، من الخناجر والفضيات إلى السعفيات والفخّار واللبان: "
            "تاريخها وتقنياتها والأماكن التي جاءت منها.</p>"
        ),
    },
    "governorates": {
        "title_en": "Governorates",
        "title_ar": "المحافظات",
        "slug_en": "governorates",
        "slug_ar": "al-muhafazat",
        "intro_en": (
            "<p>Oman’s eleven governorates and their crafts, with the artisans of each one and the figures of the "
            "2017 national registry, which counted 20,642 artisans across the country.</p>"
        ),
        "intro_ar": (
            "<p>محافظات عُمان الإحدى عشرة وحرفها، مع حرفيي كل محافظة وأرقام السجلّ الوطني لعام 2017، الذي أحصى 20642 "
            "حرفيًا في أنحاء البلاد.</p>"
        ),
    },
    "events": {
        "title_en": "Events",
        "title_ar": "فعاليات",
        "slug_en": "events",
        "slug_ar": "faaliyat",
        "intro_en": (
            "<p>Days, exhibitions and honours in Oman’s craft calendar, from Omani Artisans’ Day on 3 March to the "
            "artisans Hirfa has honoured on that day.</p>"
        ),
        "intro_ar": (
            "<p>مناسبات ومعارض وتكريمات في روزنامة الحرف العُمانية، من يوم الحرفي العُماني في الثالث من مارس إلى "
            "الحرفيين الذين كرّمتهم «حرفة» في هذا اليوم.</p>"
        ),
    },
}
