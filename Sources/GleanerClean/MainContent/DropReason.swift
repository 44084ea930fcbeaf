/// Why a block of a page was left out of the article text.
public enum DropReason: String, Sendable, Equatable, CaseIterable {
    /// Inside `nav`, `header`, `footer`, `aside` or `form`.
    case chromeTag = "page chrome tag"
    /// Inside an element whose ARIA role is navigation, banner, search, dialog, …
    case ariaRole = "ARIA role"
    /// Hidden (`hidden`, `aria-hidden`, `display:none`).
    case hidden
    /// Navigation, menus, breadcrumbs, pagination.
    case navigation
    /// Cookie and consent banners, pop-ups, modals.
    case consent = "cookie/consent/popup"
    /// Newsletter and subscription prompts.
    case newsletter = "newsletter/subscribe"
    /// Donation and membership appeals.
    case appeal = "donation/membership appeal"
    /// Share buttons and social links.
    case share = "share/social"
    /// Comment threads and comment forms.
    case comments
    /// Related, recommended, trending, "more stories" lists.
    case related = "related/recommended"
    /// Advertising, sponsored and promotional content.
    case advertising = "ads/sponsored/promo"
    /// Author bio boxes, bylines and post metadata.
    case authorMeta = "author/byline/meta"
    /// Image captions and credits.
    case caption = "caption/credit"
    /// Sidebars, widgets, site header and footer by class or id.
    case sidebar = "sidebar/widget/site chrome"
    /// Tags, categories, login and other site utilities.
    case utility = "tags/login/utility"
    /// A block or list made mostly of link text.
    case linkDense = "link-dense"
    /// Outside the chosen content container.
    case outsideContent = "outside the content container"
    /// The page title repeated as a heading.
    case titleHeading = "title heading"
    /// A label that starts a non-article section ("Related stories", "Comments (3)").
    case sectionLabel = "section label"
    /// After a section label, to the end of the content.
    case afterSectionLabel = "after a section label"
    /// An appeal, sign-up prompt, share prompt or notice, by its wording.
    case phrase = "appeal/prompt/notice wording"
    /// A copyright line ("(c) 2024 Andes Wire Service. All rights reserved.").
    case copyright = "copyright line"
    /// The same text as a block kept earlier (a duplicated card, tab or mobile copy).
    case repeated = "repeats an earlier block"
}
