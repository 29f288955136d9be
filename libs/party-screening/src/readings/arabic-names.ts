/**
 * Arabic-script name words and their conventional English spellings, most used first. This file
 * holds the spellings the Arabic-script readings use; arabic.ts holds none of its own.
 *
 * Sources. Which names: the given names borne most widely in the Arabic- and Persian-speaking
 * world, as the Arabic and Persian name lists of Behind the Name (behindthename.com, usage
 * "Arabic" and "Persian") give them: the prophets named in the Quran (Ismail, Musa, Isa, Dawud
 * …), the Prophet's family and companions (Ali, Uthman, Fatima, Khadija …), names of God borne
 * as given names (Rashid, Hadi: see DIVINE_NAMES) and the other common names of those lists;
 * Persian surnames only those of the list of the most frequent surnames published by Iran's
 * civil registration office (سازمان ثبت احوال کشور: Mohammadi, Hosseini, Ahmadi, Rezaei …).
 * Which spellings: BGN/PCGN (Arabic 1956, Persian 1958) without diacritics or ʿ, then the
 * regular variants that naming-practice guides describe (UK government, "A Guide to Names and
 * Naming Practices", 2006): ee/oo/ou for long vowels (Kareem, Nour), doubled consonants
 * (Ghassan), Egyptian g for ج (Gamal), French ou and e (Mourad, Mounir), Persian e/o, gh and z
 * (Hossein, Ghasem, Kazem). No entry was taken from a sanctions list or the name-matching
 * benchmark; family names of particular persons and the spellings of other languages (Malay,
 * Turkish) are left out.
 *
 * Keys are in the lookup form of arabic.ts (أ/إ/آ → ا, ة → ه, ى → ي, Persian ی/ک → ي/ك; no
 * article).
 */
export const ARABIC_NAMES: Readonly<Record<string, readonly string[]>> = {
  محمد: ['Muhammad', 'Mohammed', 'Mohammad', 'Mohamed', 'Muhammed'],
  احمد: ['Ahmad', 'Ahmed'],
  محمود: ['Mahmoud', 'Mahmud'],
  مصطفي: ['Mustafa', 'Mostafa', 'Moustafa'],
  علي: ['Ali'],
  حسن: ['Hassan', 'Hasan'],
  حسين: ['Hussein', 'Husayn', 'Hussain', 'Husain', 'Hussien'],
  عمر: ['Omar', 'Umar'],
  عثمان: ['Othman', 'Uthman', 'Osman'],
  ابراهيم: ['Ibrahim', 'Ebrahim'],
  اسماعيل: ['Ismail', 'Ismael', 'Ismaeel'],
  يوسف: ['Yousef', 'Yusuf', 'Youssef', 'Yousif'],
  يعقوب: ['Yaqub', 'Yacoub', 'Yakub'],
  موسي: ['Musa', 'Mousa', 'Moussa'],
  عيسي: ['Issa', 'Isa', 'Eisa'],
  يحيي: ['Yahya', 'Yehia'],
  زكريا: ['Zakariya', 'Zakaria', 'Zakariyya'],
  سليمان: ['Sulaiman', 'Suleiman', 'Sulayman', 'Soliman'],
  داود: ['Dawud', 'Daoud', 'Dawood'],
  ادريس: ['Idris', 'Idriss'],
  خالد: ['Khalid', 'Khaled'],
  سعيد: ['Said', 'Saeed', 'Sa\'id'],
  سعد: ['Saad', 'Sad'],
  سعود: ['Saud', 'Saoud'],
  فهد: ['Fahd', 'Fahad'],
  فيصل: ['Faisal', 'Faysal'],
  ناصر: ['Nasser', 'Nasir', 'Naser'],
  منصور: ['Mansour', 'Mansur'],
  جمال: ['Jamal', 'Gamal'],
  كمال: ['Kamal'],
  جلال: ['Jalal'],
  بلال: ['Bilal'],
  طارق: ['Tariq', 'Tarek', 'Tareq'],
  زياد: ['Ziad', 'Ziyad'],
  رياض: ['Riyad', 'Riad', 'Riyadh'],
  سامي: ['Sami', 'Samy'],
  سمير: ['Samir', 'Sameer'],
  صالح: ['Salih', 'Saleh'],
  صلاح: ['Salah'],
  فواد: ['Fuad', 'Fouad'],
  عادل: ['Adel', 'Adil'],
  ماجد: ['Majid', 'Maged', 'Majed'],
  مجيد: ['Majid', 'Majeed'],
  حميد: ['Hamid', 'Hameed'],
  حامد: ['Hamid', 'Hamed'],
  جعفر: ['Jafar', 'Jaafar', 'Jaffar'],
  حمزه: ['Hamza', 'Hamzah'],
  انس: ['Anas'],
  اسامه: ['Osama', 'Usama', 'Usamah'],
  ايمن: ['Ayman', 'Aiman'],
  هشام: ['Hisham', 'Hesham'],
  وليد: ['Walid', 'Waleed'],
  عماد: ['Imad', 'Emad'],
  رشيد: ['Rashid', 'Rachid', 'Rasheed'],
  راشد: ['Rashid', 'Rashed'],
  نبيل: ['Nabil', 'Nabeel'],
  نور: ['Nur', 'Noor', 'Nour'],
  عزيز: ['Aziz'],
  كريم: ['Karim', 'Kareem'],
  رحيم: ['Rahim', 'Raheem'],
  رحمن: ['Rahman'],
  عباس: ['Abbas'],
  قاسم: ['Qasim', 'Qassim', 'Kassem', 'Qasem'],
  هاشم: ['Hashim', 'Hashem'],
  جاسم: ['Jasim', 'Jassim', 'Jasem'],
  كاظم: ['Kadhim', 'Kazim', 'Kazem'],
  مهدي: ['Mahdi', 'Mehdi'],
  هادي: ['Hadi'],
  حيدر: ['Haidar', 'Haydar', 'Hayder'],
  عدنان: ['Adnan'],
  امين: ['Amin', 'Ameen'],
  امير: ['Amir', 'Ameer'],
  بكر: ['Bakr'],
  زيد: ['Zaid', 'Zayd'],
  زين: ['Zain', 'Zein', 'Zayn'],
  سيف: ['Saif', 'Sayf', 'Seif'],
  شريف: ['Sharif', 'Sherif'],
  صابر: ['Saber', 'Sabir'],
  عاطف: ['Atef', 'Atif'],
  عصام: ['Issam', 'Essam'],
  غسان: ['Ghassan'],
  فارس: ['Faris', 'Fares'],
  فاروق: ['Farouk', 'Faruq', 'Farooq'],
  فتحي: ['Fathi', 'Fathy'],
  ماهر: ['Maher', 'Mahir'],
  مالك: ['Malik', 'Malek'],
  معاذ: ['Muadh', 'Moaz', 'Muaz'],
  مراد: ['Murad', 'Mourad'],
  مروان: ['Marwan'],
  مازن: ['Mazen', 'Mazin'],
  نادر: ['Nader', 'Nadir'],
  نعيم: ['Naim', 'Naeem'],
  هاني: ['Hani', 'Hany'],
  وايل: ['Wael', 'Wail'],
  ياسر: ['Yasser', 'Yasir', 'Yaser'],
  ياسين: ['Yassin', 'Yasin', 'Yaseen'],
  يونس: ['Younis', 'Yunus', 'Younes', 'Yunis'],
  رضا: ['Rida', 'Reda', 'Ridha', 'Reza'],
  شاكر: ['Shakir', 'Shaker'],
  سلمان: ['Salman'],
  سالم: ['Salem', 'Salim'],
  سليم: ['Salim', 'Selim', 'Saleem'],
  توفيق: ['Tawfiq', 'Tawfik', 'Tofik'],
  عمار: ['Ammar'],
  عامر: ['Amer', 'Amir'],
  عمرو: ['Amr', 'Amro'],
  خليل: ['Khalil'],
  خليفه: ['Khalifa', 'Khalifah'],
  نايف: ['Nayef', 'Naif'],
  حمد: ['Hamad'],
  محسن: ['Mohsen', 'Muhsin'],
  مسلم: ['Muslim', 'Moslem'],
  مصعب: ['Musab', 'Mosab'],
  جميل: ['Jamil', 'Jameel', 'Gamil'],
  طه: ['Taha'],
  بشير: ['Bashir', 'Basheer'],
  بشار: ['Bashar'],
  حافظ: ['Hafiz', 'Hafez'],
  فايز: ['Fayez', 'Faiz'],
  اياد: ['Iyad', 'Eyad', 'Ayad'],
  رامي: ['Rami', 'Ramy'],
  حازم: ['Hazem', 'Hazim'],
  مهند: ['Muhannad', 'Mohannad'],
  منير: ['Munir', 'Mounir'],
  سفيان: ['Sufyan', 'Soufiane'],
  حاتم: ['Hatem', 'Hatim'],
  جابر: ['Jaber', 'Jabir'],
  نزار: ['Nizar'],
  اكرم: ['Akram'],
  اشرف: ['Ashraf'],
  انور: ['Anwar', 'Anouar'],
  اسعد: ['Asaad', 'Asad'],
  اسد: ['Asad'],
  مختار: ['Mukhtar', 'Mokhtar'],
  مبارك: ['Mubarak'],
  رجب: ['Rajab'],
  رمضان: ['Ramadan', 'Ramazan'],
  حبيب: ['Habib'],
  لطيف: ['Latif', 'Lateef'],
  عارف: ['Arif', 'Aref'],
  وحيد: ['Wahid', 'Waheed'],
  الياس: ['Elias', 'Ilyas'],
  نجيب: ['Najib', 'Naguib'],
  سيد: ['Sayed', 'Sayyid', 'Seyed', 'Said'],
  شيخ: ['Sheikh', 'Shaikh'],
  حاج: ['Hajj', 'Haj'],
  فاطمه: ['Fatima', 'Fatma', 'Fatimah', 'Fatemeh'],
  عايشه: ['Aisha', 'Aysha', 'Aicha'],
  خديجه: ['Khadija', 'Khadijah'],
  مريم: ['Maryam', 'Mariam'],
  زينب: ['Zainab', 'Zaynab'],
  امينه: ['Amina', 'Aminah'],
  ليلي: ['Layla', 'Leila'],
  ساره: ['Sara', 'Sarah'],
  هدي: ['Huda', 'Hoda'],
  سعاد: ['Suad', 'Souad'],
  ناديه: ['Nadia', 'Nadiya'],
  سلمي: ['Salma'],
  اسماء: ['Asma', 'Asmaa'],
  زهرا: ['Zahra'],
  زهراء: ['Zahraa', 'Zahra'],
  // Persian names, and the most frequent Iranian surnames (سازمان ثبت احوال کشور).
  جواد: ['Javad', 'Jawad'],
  اكبر: ['Akbar'],
  اصغر: ['Asghar'],
  غلام: ['Gholam', 'Ghulam'],
  صادق: ['Sadegh', 'Sadiq', 'Sadek'],
  عليرضا: ['Alireza'],
  محمدرضا: ['Mohammadreza', 'Mohammad Reza'],
  غلامرضا: ['Gholamreza', 'Gholam Reza'],
  ابوالفضل: ['Abolfazl', 'Abulfazl'],
  حسيني: ['Hosseini', 'Husseini', 'Husaini'],
  محمدي: ['Mohammadi', 'Muhammadi'],
  احمدي: ['Ahmadi'],
  رضايي: ['Rezaei', 'Rezaie'],
  كريمي: ['Karimi'],
  موسوي: ['Mousavi', 'Musavi', 'Moussawi'],
  صادقي: ['Sadeghi'],
  رحيمي: ['Rahimi'],
  جعفري: ['Jafari', 'Jaafari'],
  اكبري: ['Akbari'],
};

/**
 * Persian spellings, where Iranian and Afghan usage differs from the Arabic (حسین Hossein, not
 * Husain). Used first for names in Persian script or from IR, AF, TJ. Sources as for
 * ARABIC_NAMES: BGN/PCGN Persian (1958) without diacritics and the Iranian spellings of the same
 * names (e/o for the short vowels, gh for ق, z for ظ/ض).
 */
export const PERSIAN_NAMES: Readonly<Record<string, readonly string[]>> = {
  محمد: ['Mohammad', 'Mohammed', 'Muhammad'],
  حسين: ['Hossein', 'Hosein', 'Hussein'],
  حسن: ['Hassan', 'Hasan'],
  رضا: ['Reza', 'Rida'],
  مهدي: ['Mehdi', 'Mahdi'],
  قاسم: ['Ghasem', 'Qasem', 'Qasim'],
  كاظم: ['Kazem', 'Kazim'],
  سعيد: ['Saeed', 'Saeid', 'Said'],
  سيد: ['Seyed', 'Seyyed', 'Sayyid'],
  مجيد: ['Majid'],
  عباس: ['Abbas'],
  جعفر: ['Jafar', 'Jaafar'],
  محمود: ['Mahmoud', 'Mahmood'],
  احمد: ['Ahmad', 'Ahmed'],
  ابراهيم: ['Ebrahim', 'Ibrahim'],
  اسماعيل: ['Esmaeil', 'Esmail', 'Ismail'],
  يوسف: ['Yousef', 'Yusuf'],
  عمر: ['Omar'],
  فاطمه: ['Fatemeh', 'Fatima'],
  مصطفي: ['Mostafa', 'Mustafa'],
  مرتضي: ['Morteza', 'Murtaza'],
  مسعود: ['Masoud', 'Masood'],
  منصور: ['Mansour'],
  ناصر: ['Naser', 'Nasser'],
  صادق: ['Sadegh', 'Sadeq'],
  جواد: ['Javad'],
  روح: ['Rouh', 'Ruh'],
  الله: ['Allah', 'ollah'],
};

/**
 * The names of God that follow عبد ("servant of …"), in their plain spelling without the article.
 * Source: the ninety-nine names (al-asmāʾ al-ḥusnā) in the list transmitted by al-Tirmidhi, as
 * commonly printed (e.g. Wikipedia, "Names of God in Islam"), with God (الله) itself; and the few
 * other words that common names join to عبد (al-Muttalib, al-Nabi, al-Ilah, Rabb, al-Sattar,
 * al-Nasir, al-Munim, al-Muti, al-Muhsin and the like). Names of persons (Hashim) are not names of
 * God and are not listed.
 */
export const DIVINE_NAMES: Readonly<Record<string, string>> = {
  الله: 'Allah', رحمن: 'Rahman', رحيم: 'Rahim', كريم: 'Karim', عزيز: 'Aziz', حميد: 'Hamid', مجيد: 'Majid', ملك: 'Malik',
  قادر: 'Qadir', جبار: 'Jabbar', حكيم: 'Hakim', رزاق: 'Razzaq', لطيف: 'Latif', غني: 'Ghani', باسط: 'Basit', ستار: 'Sattar',
  واحد: 'Wahid', ودود: 'Wadud', سلام: 'Salam', حليم: 'Halim', خالق: 'Khaliq', رووف: 'Rauf', ناصر: 'Nasir', هادي: 'Hadi',
  وهاب: 'Wahhab', فتاح: 'Fattah', منعم: 'Munim', جليل: 'Jalil', حي: 'Hai', قيوم: 'Qayyum', صمد: 'Samad', عليم: 'Alim',
  غفور: 'Ghafur', رشيد: 'Rashid', اله: 'Ilah', باري: 'Bari', مطلب: 'Muttalib', نبي: 'Nabi', امير: 'Amir', رب: 'Rab',
  حق: 'Haq', مومن: 'Mumin', قدوس: 'Quddus', معطي: 'Muti', محسن: 'Muhsin', علي: 'Ali', روف: 'Rauf',
  باقي: 'Baqi', رقيب: 'Raqib', بصير: 'Basir', ولي: 'Wali', غفار: 'Ghaffar', سميع: 'Sami', مالك: 'Malik',
  حفيظ: 'Hafiz', كبير: 'Kabir', معز: 'Muizz', تواب: 'Tawwab', شكور: 'Shakur', صبور: 'Sabur', قهار: 'Qahhar', عظيم: 'Azim',
  نور: 'Nur', مهيمن: 'Muhaymin', متعال: 'Mutaal', وكيل: 'Wakil', قوي: 'Qawi', متين: 'Matin', رحمان: 'Rahman',
};

/**
 * The particles of Arabic names as lists spell them: BGN/PCGN's form first, then the usual
 * English and French ones. بن, spelt by region (bin, ben, ibn), is left to arabic.ts.
 */
export const PARTICLES: Readonly<Record<string, readonly string[]>> = {
  // Mauritanian "son of".
  ولد: ['Ould', 'Wald', 'Walad'],
  ابن: ['ibn', 'bin'],
  بنت: ['bint'],
  ابو: ['Abu', 'Abou'],
  ابي: ['Abi'],
  ابا: ['Aba'],
  ام: ['Umm', 'Um'],
  ال: ['Al'],
  عبد: ['Abd', 'Abdul'],
  الله: ['Allah'],
};

/** عبد الله, servant of God, as lists spell it. */
export const SERVANT_OF_GOD: readonly string[] = ['Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'];

/** عبد + the article, joined as lists write it before any other name of God: the usual spelling, then the Egyptian and Levantine one. */
export const ABD_AL: readonly string[] = ['Abdul', 'Abdel'];
