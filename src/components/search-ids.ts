/** The search page's form: the filter boxes sit outside it for the layout and join it by this id. */
export const SEARCH_PAGE_FORM_ID = 'search-page-form';
