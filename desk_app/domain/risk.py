"""Risk assessment: a short yes/no checklist asked at intake, and the level it points to.

The items follow the lethality research behind Campbell's Danger Assessment and the SafeLives
DASH checklist used by police in the UK, with items for Pakistan added (threats in the name of
honour; leaving by divorce or khula as separation). The rule:

- **high** when any red-flag item is yes, or when 5 or more items are yes;
- **medium** when 2 to 4 items are yes;
- **standard** when 0 or 1 item is yes.

Why: the red flags are the items that on their own go with homicide and near-homicide in that
research (threats to kill, non-fatal strangulation, a weapon used or threatened) together with the
survivor's own belief that they could be killed, among the best single predictors of re-assault,
and honour threats, because killings in the name of honour are usually decided in advance by the
family and give no second warning. Below that, several factors together mark a dangerous pattern
even when none alone is decisive; DASH likewise escalates on a count of ticks.

The level is a floor for the officer's judgement: the officer may treat a case as higher risk and
must say why (the record's `risk_raise`: a level above standard and a reason), but nothing lowers
a level below the checklist. Some cases are high risk by rule whatever the checklist says
(risk_rules.py: a child missing or abducted, a legal deadline running). See
docs/risk-assessment.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desk_app.domain.vocabulary import RISK_LEVELS as RISK_LEVELS
from desk_app.domain.vocabulary import RiskLevel

HIGH_RISK_COUNT = 5
MEDIUM_RISK_COUNT = 2
#: What an officer may raise a case to: a raise is above the lowest level by definition, so
#: nothing an officer records can lower a level.
RAISE_LEVELS: tuple[RiskLevel, ...] = RISK_LEVELS[1:]


@dataclass(frozen=True)
class RiskItem:
    """One checklist question.

    Attributes:
        code: stable code stored with the complaint.
        question_en, question_ur: the question as the officer asks it.
        red_flag: a yes alone makes the risk high.
    """

    code: str
    question_en: str
    question_ur: str
    red_flag: bool = False

    def question(self, lang: str = "en") -> str:
        """The question in Urdu for "ur", in English otherwise."""
        return self.question_ur if lang == "ur" else self.question_en


RISK_ITEMS: tuple[RiskItem, ...] = (
    RiskItem(
        "threats_to_kill",
        "Has the perpetrator threatened to kill you or someone close to you?",
        "کیا تشدد کرنے والے نے آپ کو یا آپ کے کسی قریبی کو جان سے مارنے کی دھمکی دی ہے؟",
        red_flag=True,
    ),
    RiskItem(
        "strangulation",
        "Has the perpetrator ever choked or strangled you, or tried to?",
        "کیا تشدد کرنے والے نے کبھی آپ کا گلا دبایا ہے یا دبانے کی کوشش کی ہے؟",
        red_flag=True,
    ),
    RiskItem(
        "weapon_used_or_threatened",
        "Has a weapon (gun, knife, acid or anything else) been used against you or threatened?",
        "کیا آپ کے خلاف کوئی ہتھیار (بندوق، چاقو، تیزاب یا کوئی اور چیز) استعمال کیا گیا "
        "یا اس کی دھمکی دی گئی؟",
        red_flag=True,
    ),
    RiskItem(
        "fear_for_life",
        "Do you believe the perpetrator could kill you?",
        "کیا آپ کو لگتا ہے کہ تشدد کرنے والا آپ کی جان لے سکتا ہے؟",
        red_flag=True,
    ),
    RiskItem(
        "honour_threat",
        "Has anyone threatened you in the name of honour, or has the family or a jirga decided "
        "against you?",
        "کیا کسی نے غیرت کے نام پر آپ کو دھمکی دی ہے، یا خاندان یا جرگے نے آپ کے خلاف "
        "کوئی فیصلہ کیا ہے؟",
        red_flag=True,
    ),
    RiskItem(
        "weapon_access",
        "Does the perpetrator have a gun or other weapon, or easy access to one?",
        "کیا تشدد کرنے والے کے پاس بندوق یا کوئی اور ہتھیار ہے، یا وہ آسانی سے حاصل کر سکتا ہے؟",
    ),
    RiskItem(
        "violence_escalating",
        "Is the violence happening more often or getting worse?",
        "کیا تشدد پہلے سے زیادہ بار ہو رہا ہے یا زیادہ شدید ہوتا جا رہا ہے؟",
    ),
    RiskItem(
        "prior_incidents",
        "Has the perpetrator been violent to you before?",
        "کیا تشدد کرنے والا پہلے بھی آپ پر تشدد کر چکا ہے؟",
    ),
    RiskItem(
        "recent_separation",
        "Have you recently left the perpetrator or tried to (including asking for divorce or "
        "khula)?",
        "کیا آپ نے حال ہی میں تشدد کرنے والے کو چھوڑا ہے یا چھوڑنے کی کوشش کی ہے "
        "(طلاق یا خلع کا مطالبہ بھی)؟",
    ),
    RiskItem(
        "perpetrator_has_access",
        "Can the perpetrator easily reach you (lives with you or knows where you stay)?",
        "کیا تشدد کرنے والا آپ تک آسانی سے پہنچ سکتا ہے (ساتھ رہتا ہے یا جانتا ہے کہ آپ "
        "کہاں رہتی/رہتے ہیں)؟",
    ),
    RiskItem(
        "forced_sex",
        "Has the perpetrator forced you into any sexual act?",
        "کیا تشدد کرنے والے نے آپ کو کسی جنسی عمل پر مجبور کیا ہے؟",
    ),
    RiskItem(
        "stalking",
        "Does the perpetrator follow, watch or keep contacting you against your wishes, in person "
        "or online?",
        "کیا تشدد کرنے والا آپ کی مرضی کے خلاف آپ کا پیچھا کرتا ہے، نگرانی کرتا ہے یا بار بار "
        "رابطہ کرتا ہے، براہِ راست یا آن لائن؟",
    ),
    RiskItem(
        "controlling_behaviour",
        "Does the perpetrator control where you go, whom you meet or your money, or show violent "
        "jealousy?",
        "کیا تشدد کرنے والا آپ کے آنے جانے، ملنے جلنے یا پیسوں پر قابو رکھتا ہے، "
        "یا شدید شک اور حسد کرتا ہے؟",
    ),
    RiskItem(
        "children_at_risk",
        "Is any child in danger of being harmed?",
        "کیا کسی بچے کو نقصان پہنچنے کا خطرہ ہے؟",
    ),
    RiskItem(
        "pregnant",
        "Are you pregnant?",
        "کیا آپ حاملہ ہیں؟",
    ),
    RiskItem(
        "perpetrator_substance_abuse",
        "Does the perpetrator misuse alcohol or drugs?",
        "کیا تشدد کرنے والا شراب یا منشیات کا استعمال کرتا ہے؟",
    ),
    RiskItem(
        "perpetrator_suicide_threat",
        "Has the perpetrator threatened or tried to kill himself or herself?",
        "کیا تشدد کرنے والے نے خودکشی کی دھمکی دی ہے یا کوشش کی ہے؟",
    ),
)

RISK_ITEM_CODES = tuple(item.code for item in RISK_ITEMS)
RED_FLAGS = frozenset(item.code for item in RISK_ITEMS if item.red_flag)


def assess_risk(answers: Mapping[str, bool]) -> RiskLevel:
    """The risk level ("standard", "medium" or "high") for checklist answers by item code.

    An item left out counts as no. Raises ValueError for a code that is not a risk item, because a
    misspelt item would otherwise be silently counted as no.
    """
    unknown = sorted(set(answers) - set(RISK_ITEM_CODES))
    if unknown:
        raise ValueError(f"unknown risk items: {unknown}")
    yes = {code for code, answer in answers.items() if answer is True}
    if yes & RED_FLAGS or len(yes) >= HIGH_RISK_COUNT:
        return "high"
    if len(yes) >= MEDIUM_RISK_COUNT:
        return "medium"
    return "standard"


def highest(*levels: RiskLevel | None) -> RiskLevel:
    """The highest of `levels` (None counts as nothing); "standard" when none is given."""
    ranks = [RISK_LEVELS.index(level) for level in levels if level is not None]
    return RISK_LEVELS[max(ranks, default=0)]


def judged_level(answers: Mapping[str, bool], raised_to: RiskLevel | None) -> RiskLevel:
    """The checklist's level, or the officer's raise where it is higher."""
    return highest(assess_risk(answers), raised_to)
