<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <source>Ledhälsa is an exercise program for people with osteoarthritis, built on the same principles as structured programs such as GLA:D and BOA. It is not a medical product and does not replace healthcare. If you have severe or worsening symptoms, contact healthcare: in Sweden, call 1177.</source>
        <translation>Ledhälsa är ett träningsprogram för dig som har artros. Det bygger på samma principer som strukturerade program som GLA:D och BOA. Ledhälsa är ingen medicinteknisk produkt och ersätter inte vården. Har du svåra besvär eller blir det värre, kontakta vården – ring 1177.</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>fri att använda (public domain)</translation>
    </message>
</context>
<context>
    <name>AboutYouStep</name>
    <message>
        <source>Write your year of birth, for example 1952, or your age, for example 73.</source>
        <translation>Skriv vilket år du är född, till exempel 1952, eller hur gammal du är, till exempel 73.</translation>
    </message>
    <message>
        <source>Write only digits: your year of birth, for example 1952, or your age, for example 73.</source>
        <translation>Skriv bara siffror: året du är född, till exempel 1952, eller din ålder, till exempel 73.</translation>
    </message>
    <message>
        <source>Check the number: write a year from 1900 onwards, or your age in years.</source>
        <translation>Kontrollera siffrorna: skriv ett år från 1900 och framåt, eller din ålder i år.</translation>
    </message>
    <message>
        <source>The program is for adults. Write a year no later than %1, or an age of 18 or more.</source>
        <translation>Programmet är för vuxna. Skriv ett år som är %1 eller tidigare, eller en ålder från 18 år.</translation>
    </message>
    <message>
        <source>Choose one of the three answers. If you would rather not say, choose “Prefer not to say”.</source>
        <translation>Välj ett av de tre svaren. Om du inte vill svara, välj ”Vill inte ange”.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>First a few questions about you and your joints. It takes about three minutes, and you can go back at any time to change an answer.</source>
        <translation>Först några frågor om dig och dina leder. Det tar ungefär tre minuter, och du kan alltid gå tillbaka och ändra ett svar.</translation>
    </message>
    <message>
        <source>Your year of birth or your age</source>
        <translation>Året du är född eller din ålder</translation>
    </message>
    <message>
        <source>For example 1952, or 73.</source>
        <translation>Till exempel 1952 eller 73.</translation>
    </message>
    <message>
        <source>Are you a woman or a man?</source>
        <translation>Är du kvinna eller man?</translation>
    </message>
    <message>
        <source>Age and sex are used only to compare your test results with other people of your age. If you prefer not to say, the comparison covers both women and men.</source>
        <translation>Ålder och kön används bara för att jämföra dina testresultat med andra i din ålder. Om du inte vill ange kön jämför vi med både kvinnor och män.</translation>
    </message>
</context>
<context>
    <name>ActivityStep</name>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 av högst %2 tecken</translation>
    </message>
    <message>
        <source>Choose the answer closest to how you live.</source>
        <translation>Välj det svar som passar bäst för hur du lever.</translation>
    </message>
    <message>
        <source>Your goal is %1 characters too long. Shorten it to at most %2 characters.</source>
        <translation>Ditt mål är %1 tecken för långt. Korta det till högst %2 tecken.</translation>
    </message>
    <message>
        <source>Activity and your goal</source>
        <translation>Aktivitet och ditt mål</translation>
    </message>
    <message>
        <source>Exercise works best when it leads somewhere you want to go.</source>
        <translation>Träning fungerar bäst när den leder dit du vill.</translation>
    </message>
    <message>
        <source>On how many days a week are you active for at least half an hour, for example walking, gardening or cycling?</source>
        <translation>Hur många dagar i veckan rör du på dig i minst en halvtimme, till exempel promenerar, arbetar i trädgården eller cyklar?</translation>
    </message>
    <message>
        <source>Your goal (optional)</source>
        <translation>Ditt mål (frivilligt)</translation>
    </message>
    <message>
        <source>What would you like to manage better? For example: walk to the shop, play with the grandchildren, or garden without pain.</source>
        <translation>Vad vill du klara bättre? Till exempel: gå till affären, leka med barnbarnen eller arbeta i trädgården utan att det gör ont.</translation>
    </message>
</context>
<context>
    <name>AfterSessionQuestions</name>
    <message>
        <source>Choose a number from 0 to 10 for the pain during the session.</source>
        <translation>Välj en siffra från 0 till 10 för smärtan under passet.</translation>
    </message>
    <message>
        <source>Choose how hard the session felt.</source>
        <translation>Välj hur ansträngande passet kändes.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Hur gick det?</translation>
    </message>
    <message>
        <source>Three short questions. Your answers decide what happens next time, and the reason is shown.</source>
        <translation>Tre korta frågor. Dina svar styr vad som händer nästa gång, och du får se varför.</translation>
    </message>
    <message>
        <source>How much did it hurt during the session?</source>
        <translation>Hur ont gjorde det under passet?</translation>
    </message>
    <message>
        <source>How hard did the session feel?</source>
        <translation>Hur ansträngande kändes passet?</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lätt</translation>
    </message>
    <message>
        <source>Just right</source>
        <translation>Lagom</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Tungt</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>För tungt</translation>
    </message>
    <message>
        <source>Did anything hurt? (you may leave this empty)</source>
        <translation>Gjorde något ont? (du kan lämna det tomt)</translation>
    </message>
    <message>
        <source>Did anything hurt?</source>
        <translation>Gjorde något ont?</translation>
    </message>
    <message>
        <source>For example: the right knee on the step</source>
        <translation>Till exempel: höger knä på steget</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Spara mina svar</translation>
    </message>
</context>
<context>
    <name>AssessmentResult</name>
    <message>
        <source>Your pain right now is %1 out of 10, and during the last week it was usually %2.</source>
        <translation>Din smärta just nu är %1 av 10, och under den senaste veckan var den oftast %2.</translation>
    </message>
    <message>
        <source>Everyday things are hardly ever difficult for you.</source>
        <translation>Vardagens sysslor är nästan aldrig svåra för dig.</translation>
    </message>
    <message>
        <source>Some everyday things are a little difficult for you.</source>
        <translation>En del sysslor i vardagen är lite svåra för dig.</translation>
    </message>
    <message>
        <source>Several everyday things are quite difficult for you.</source>
        <translation>Flera sysslor i vardagen är ganska svåra för dig.</translation>
    </message>
    <message>
        <source>Many everyday things are very difficult for you.</source>
        <translation>Många sysslor i vardagen är mycket svåra för dig.</translation>
    </message>
    <message>
        <source>Most everyday things are very hard for you right now.</source>
        <translation>Just nu är de flesta sysslor i vardagen mycket svåra för dig.</translation>
    </message>
    <message>
        <source>Your function score is %1 out of 100. It is the program&apos;s own measure: 100 means that nothing is difficult.</source>
        <translation>Ditt funktionsvärde är %1 av 100. Det är programmets eget mått: 100 betyder att ingenting är svårt.</translation>
    </message>
    <message>
        <source>women</source>
        <translation>kvinnor</translation>
    </message>
    <message>
        <source>men</source>
        <translation>män</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>kvinnor och män</translation>
    </message>
    <message>
        <source>You skipped the chair stand test. You can do it at the retest in week 6.</source>
        <translation>Du hoppade över uppresningstestet. Du kan göra det vid uppföljningen vecka 6.</translation>
    </message>
    <message>
        <source>You needed your arms to stand up, so the test counts as 0.</source>
        <translation>Du behövde ta hjälp av armarna för att resa dig, så testet räknas som 0.</translation>
    </message>
    <message>
        <source>You stood up %1 times in 30 seconds.</source>
        <translation>Du reste dig %1 gånger på 30 sekunder.</translation>
    </message>
    <message>
        <source>For %1 aged %2–%3, the normal range is %4–%5 times.</source>
        <translation>För %1 i åldern %2–%3 år är det vanliga %4–%5 gånger.</translation>
    </message>
    <message>
        <source>Your result is %1.</source>
        <translation>Ditt resultat ligger %1.</translation>
    </message>
    <message>
        <source>That is common with osteoarthritis, and it is just what the exercises train.</source>
        <translation>Det är vanligt vid artros, och det är precis det som övningarna tränar.</translation>
    </message>
    <message>
        <source>The exercises help you keep it that way.</source>
        <translation>Övningarna hjälper dig att behålla det så.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>You skipped the balance test.</source>
        <translation>Du hoppade över balanstestet.</translation>
    </message>
    <message>
        <source>You stood on one leg for %1 seconds.</source>
        <translation>Du stod på ett ben i %1 sekunder.</translation>
    </message>
    <message>
        <source>On average, people of your age manage about %1 seconds.</source>
        <translation>I genomsnitt klarar personer i din ålder ungefär %1 sekunder.</translation>
    </message>
    <message>
        <source>Balance gets better with practice, and the exercises train it.</source>
        <translation>Balansen blir bättre när man tränar den, och det gör övningarna.</translation>
    </message>
    <message>
        <source>everyday things are fairly difficult for you just now</source>
        <translation>vardagens sysslor är ganska svåra för dig just nu</translation>
    </message>
    <message>
        <source>you skipped the chair stand test</source>
        <translation>du hoppade över uppresningstestet</translation>
    </message>
    <message>
        <source>you needed your arms to stand up</source>
        <translation>du behövde ta hjälp av armarna för att resa dig</translation>
    </message>
    <message>
        <source>your chair stand result is below the normal range</source>
        <translation>ditt resultat på uppresningstestet ligger under det vanliga</translation>
    </message>
    <message>
        <source>your pain right now is above %1</source>
        <translation>din smärta just nu är högre än %1</translation>
    </message>
    <message>
        <source>You start at level %1 of the exercises, because everyday things are fairly easy for you, your chair stand result is within or above the normal range, and your pain is low right now.</source>
        <translation>Du börjar på nivå %1 av övningarna, eftersom vardagens sysslor går ganska lätt för dig, ditt resultat på uppresningstestet ligger inom eller över det vanliga och din smärta är låg just nu.</translation>
    </message>
    <message>
        <source>You start at level 1, the gentlest level of each exercise. Starting gently is safe, and the program makes the exercises harder step by step as you get stronger.</source>
        <translation>Du börjar på nivå 1, den lättaste nivån av varje övning. Det är tryggt att börja försiktigt, och programmet gör övningarna svårare steg för steg när du blir starkare.</translation>
    </message>
    <message>
        <source>Why level 1:</source>
        <translation>Därför nivå 1:</translation>
    </message>
    <message>
        <source>• Weeks 1 and 2: two sessions a week, about 15–20 minutes each.
• From week 3: three sessions a week.
• In weeks 6 and 12 you do a short retest, to see how far you have come.
• The program makes the exercises a little harder, one thing at a time, when they feel easy and your pain allows it.</source>
        <translation>• Vecka 1 och 2: två träningspass i veckan, cirka 15–20 minuter vardera.
• Från vecka 3: tre träningspass i veckan.
• Vecka 6 och 12 gör du en kort uppföljning, så att du ser hur långt du har kommit.
• Programmet gör övningarna lite svårare, en sak i taget, när de känns lätta och smärtan tillåter det.</translation>
    </message>
    <message>
        <source>That is the same as at the start.</source>
        <translation>Det är samma som i början.</translation>
    </message>
    <message>
        <source>Your usual pain during the last week was %1 at the start and is %2 now.</source>
        <translation>Din vanliga smärta under senaste veckan var %1 i början och är %2 nu.</translation>
    </message>
    <message>
        <source>That is %1 points less, %2 per cent lower. Good!</source>
        <translation>Det är %1 steg mindre, %2 procent lägre. Bra!</translation>
    </message>
    <message>
        <source>That is %1 points more than at the start.</source>
        <translation>Det är %1 steg mer än i början.</translation>
    </message>
    <message>
        <source>That is %1 points less.</source>
        <translation>Det är %1 steg mindre.</translation>
    </message>
    <message>
        <source>Your function score was %1 at the start and is %2 now.</source>
        <translation>Ditt funktionsvärde var %1 i början och är %2 nu.</translation>
    </message>
    <message>
        <source>That is %1 points better.</source>
        <translation>Det är %1 poäng bättre.</translation>
    </message>
    <message>
        <source>That is %1 points lower.</source>
        <translation>Det är %1 poäng lägre.</translation>
    </message>
    <message>
        <source>The chair stand test cannot be compared this time, because it was skipped at the start or now.</source>
        <translation>Uppresningstestet går inte att jämföra den här gången, eftersom det hoppades över i början eller nu.</translation>
    </message>
    <message>
        <source>You stood up %1 times at the start and %2 times now.</source>
        <translation>Du reste dig %1 gånger i början och %2 gånger nu.</translation>
    </message>
    <message>
        <source>That is %1 more: a real improvement. Well done!</source>
        <translation>Det är %1 fler: en verklig förbättring. Bra jobbat!</translation>
    </message>
    <message>
        <source>A change of fewer than %1 stands can be chance, so there is no certain change yet.</source>
        <translation>En skillnad på färre än %1 uppresningar kan bero på slumpen, så det finns ingen säker förändring än.</translation>
    </message>
    <message>
        <source>That is %1 fewer. It may have been a tiring day; if it worries you, talk to a physiotherapist.</source>
        <translation>Det är %1 färre. Det kan ha varit en trött dag. Om det oroar dig, prata med en fysioterapeut.</translation>
    </message>
</context>
<context>
    <name>AssessmentTexts</name>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Vill inte ange</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knän</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Höfter</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Händer</translation>
    </message>
    <message>
        <source>No trouble with my knees</source>
        <translation>Inga besvär med knäna</translation>
    </message>
    <message>
        <source>No trouble with my hips</source>
        <translation>Inga besvär med höfterna</translation>
    </message>
    <message>
        <source>No trouble with my hands</source>
        <translation>Inga besvär med händerna</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Vänster knä</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Höger knä</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Båda knäna</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Vänster höft</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Höger höft</translation>
    </message>
    <message>
        <source>Both hips</source>
        <translation>Båda höfterna</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Vänster hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Höger hand</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Båda händerna</translation>
    </message>
    <message>
        <source>Is a joint hot, red and swollen right now, perhaps with a fever? Or have you had a sudden, very painful attack in a joint, like gout?</source>
        <translation>Är en led varm, röd och svullen just nu, kanske med feber? Eller har du fått en plötslig, mycket smärtsam attack i en led, som vid gikt?</translation>
    </message>
    <message>
        <source>Have you hurt the joint or had a fall recently? Or has the joint quickly become much worse, or changed shape?</source>
        <translation>Har du nyligen skadat leden eller ramlat? Eller har leden snabbt blivit mycket sämre eller ändrat form?</translation>
    </message>
    <message>
        <source>Are your joints stiff for more than half an hour after you get up in the morning? Or are several joints swollen?</source>
        <translation>Är dina leder stela mer än en halvtimme efter att du stigit upp på morgonen? Eller är flera leder svullna?</translation>
    </message>
    <message>
        <source>Have you lost weight without trying? Do you have pain at night that does not ease when you move? Or have you had cancer and now have a new pain in a bone?</source>
        <translation>Har du gått ner i vikt utan att försöka? Har du ont på natten, och går det inte över när du rör dig? Eller har du haft cancer och fått en ny smärta i ett skelettben?</translation>
    </message>
    <message>
        <source>Do you get chest pain, become very short of breath, or feel dizzy or faint when you exert yourself?</source>
        <translation>Får du ont i bröstet, blir du mycket andfådd, yr eller nära att svimma när du anstränger dig?</translation>
    </message>
    <message>
        <source>Have you had an operation or an injection in a joint in the last three months? Or has a surgeon told you to limit what you do?</source>
        <translation>Har du opererats eller fått en spruta i en led under de senaste tre månaderna? Eller har en kirurg sagt att du ska begränsa vad du gör?</translation>
    </message>
    <message>
        <source>a hot, red or swollen joint, or a sudden painful attack</source>
        <translation>en varm, röd eller svullen led, eller en plötslig smärtsam attack</translation>
    </message>
    <message>
        <source>a recent injury or fall, or a joint that quickly got worse</source>
        <translation>en skada eller ett fall nyligen, eller en led som snabbt blivit sämre</translation>
    </message>
    <message>
        <source>long morning stiffness, or several swollen joints</source>
        <translation>lång stelhet på morgonen, eller flera svullna leder</translation>
    </message>
    <message>
        <source>weight loss, pain at night, or new bone pain after cancer</source>
        <translation>viktnedgång, smärta på natten eller ny smärta i skelettet efter cancer</translation>
    </message>
    <message>
        <source>chest pain, breathlessness, dizziness or fainting when you exert yourself</source>
        <translation>ont i bröstet, andfåddhet, yrsel eller svimning när du anstränger dig</translation>
    </message>
    <message>
        <source>a recent operation or joint injection, or a surgeon&apos;s limits</source>
        <translation>en operation eller ledspruta nyligen, eller begränsningar från en kirurg</translation>
    </message>
    <message>
        <source>Call 112 now if you have these symptoms</source>
        <translation>Ring 112 nu om du har de här besvären</translation>
    </message>
    <message>
        <source>Contact healthcare today</source>
        <translation>Kontakta vården i dag</translation>
    </message>
    <message>
        <source>Talk to healthcare before you start</source>
        <translation>Prata med vården innan du börjar</translation>
    </message>
    <message>
        <source>Chest pain, shortness of breath, dizziness or fainting when you exert yourself can be a sign of heart trouble. If you have chest pain or feel faint right now, call 112 now. If it has passed, call 1177 today for advice. Do not start the exercises until a doctor has checked you.</source>
        <translation>Ont i bröstet, andfåddhet, yrsel eller svimning när du anstränger dig kan vara tecken på problem med hjärtat. Om du har ont i bröstet eller känner dig svimfärdig just nu, ring 112 nu. Om det har gått över, ring 1177 i dag för att få råd. Börja inte med övningarna förrän en läkare har undersökt dig.</translation>
    </message>
    <message>
        <source>A hot, red and swollen joint can be an infection or a gout attack, and it needs treatment soon. Call 1177 or your health centre today. Wait with the exercises until you have been checked.</source>
        <translation>En varm, röd och svullen led kan vara en infektion eller en giktattack, och den behöver behandlas snart. Ring 1177 eller din vårdcentral i dag. Vänta med övningarna tills du har blivit undersökt.</translation>
    </message>
    <message>
        <source>What you describe should be looked at by a doctor or a physiotherapist before you start exercising on your own. Book a visit at your health centre, or call 1177 for advice.</source>
        <translation>Det du beskriver bör undersökas av en läkare eller fysioterapeut innan du börjar träna på egen hand. Boka en tid på din vårdcentral, eller ring 1177 för att få råd.</translation>
    </message>
    <message>
        <source>Walking up or down stairs</source>
        <translation>Gå uppför eller nedför trappor</translation>
    </message>
    <message>
        <source>Getting up from a chair</source>
        <translation>Resa dig från en stol</translation>
    </message>
    <message>
        <source>Walking for 15 minutes</source>
        <translation>Gå i 15 minuter</translation>
    </message>
    <message>
        <source>Squatting or kneeling, for example to pick something up from the floor</source>
        <translation>Sätta dig på huk eller på knä, till exempel för att ta upp något från golvet</translation>
    </message>
    <message>
        <source>Putting on socks and shoes</source>
        <translation>Ta på strumpor och skor</translation>
    </message>
    <message>
        <source>Getting in and out of a car</source>
        <translation>Kliva in i och ut ur en bil</translation>
    </message>
    <message>
        <source>Opening a jar or a bottle</source>
        <translation>Öppna en burk eller en flaska</translation>
    </message>
    <message>
        <source>Doing up buttons</source>
        <translation>Knäppa knappar</translation>
    </message>
    <message>
        <source>Carrying a full shopping bag</source>
        <translation>Bära en full matkasse</translation>
    </message>
    <message>
        <source>Writing by hand or cutting with a knife</source>
        <translation>Skriva för hand eller skära med kniv</translation>
    </message>
    <message>
        <source>Not difficult</source>
        <translation>Inte svårt</translation>
    </message>
    <message>
        <source>A little difficult</source>
        <translation>Lite svårt</translation>
    </message>
    <message>
        <source>Quite difficult</source>
        <translation>Ganska svårt</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Mycket svårt</translation>
    </message>
    <message>
        <source>I cannot do it</source>
        <translation>Jag klarar det inte</translation>
    </message>
    <message>
        <source>Rarely or never</source>
        <translation>Sällan eller aldrig</translation>
    </message>
    <message>
        <source>1–2 days a week</source>
        <translation>1–2 dagar i veckan</translation>
    </message>
    <message>
        <source>3–5 days a week</source>
        <translation>3–5 dagar i veckan</translation>
    </message>
    <message>
        <source>Almost every day</source>
        <translation>Nästan varje dag</translation>
    </message>
    <message>
        <source>below the normal range</source>
        <translation>under det vanliga</translation>
    </message>
    <message>
        <source>within the normal range</source>
        <translation>inom det vanliga</translation>
    </message>
    <message>
        <source>above the normal range</source>
        <translation>över det vanliga</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Stop the assessment?</source>
        <translation>Vill du avbryta bedömningen?</translation>
    </message>
    <message>
        <source>Your answers will not be kept. You can start the assessment again at any time.</source>
        <translation>Dina svar sparas inte. Du kan börja om med bedömningen när du vill.</translation>
    </message>
    <message>
        <source>Stop the assessment</source>
        <translation>Avbryt bedömningen</translation>
    </message>
    <message>
        <source>Go on with the assessment</source>
        <translation>Fortsätt med bedömningen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Create my program</source>
        <translation>Skapa mitt program</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Spara resultatet</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Retest in week %1: the same questions and test as at the start, so that you can see how far you have come.</source>
        <translation>Uppföljning vecka %1: samma frågor och test som i början, så att du ser hur långt du har kommit.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>A copy of your data is saved automatically when you start the program, and the older copies are thinned out over time. You can put an earlier copy back.</source>
        <translation>En kopia av dina uppgifter sparas automatiskt när du startar programmet, och äldre kopior gallras efter hand. Du kan när som helst gå tillbaka till en tidigare kopia.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Gör en säkerhetskopia nu</translation>
    </message>
    <message>
        <source>made automatically</source>
        <translation>gjord automatiskt</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>made before an update</source>
        <translation>gjord före en uppdatering</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>gjord före en återställning</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior än.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore the copy from %1</source>
        <translation>Återställ kopian från %1</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Säkerhetskopian kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Säkerhetskopian är klar: %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Put back the copy from %1?</source>
        <translation>Vill du gå tillbaka till kopian från %1?</translation>
    </message>
    <message>
        <source>What you have entered since then will be replaced. A copy of your data as it is now is saved first, so you can change your mind later.</source>
        <translation>Det du har fyllt i efter det ersätts. Först sparas en kopia av dina uppgifter som de är nu, så att du kan ångra dig senare.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Your data from %1 is back.</source>
        <translation>Dina uppgifter från %1 är tillbaka.</translation>
    </message>
</context>
<context>
    <name>BalanceStep</name>
    <message>
        <source>Lift one foot now.</source>
        <translation>Lyft ena foten nu.</translation>
    </message>
    <message>
        <source>30 seconds. Put your foot down.</source>
        <translation>30 sekunder. Sätt ner foten.</translation>
    </message>
    <message>
        <source>Get ready: stand next to the chair</source>
        <translation>Gör dig redo: ställ dig bredvid stolen</translation>
    </message>
    <message>
        <source>Lift your foot when the count reaches zero</source>
        <translation>Lyft foten när nedräkningen når noll</translation>
    </message>
    <message>
        <source>Stand on one leg</source>
        <translation>Stå på ett ben</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>The clock is still running. Press Stop when you put your foot down.</source>
        <translation>Klockan går fortfarande. Tryck på Stopp när du sätter ner foten.</translation>
    </message>
    <message>
        <source>Test: stand on one leg (optional)</source>
        <translation>Test: stå på ett ben (frivilligt)</translation>
    </message>
    <message>
        <source>This test shows how good your balance is. You can skip it if you feel unsteady, or if you would rather not.</source>
        <translation>Det här testet visar hur bra din balans är. Du kan hoppa över det om du känner dig ostadig eller inte vill.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>Så gör du testet</translation>
    </message>
    <message>
        <source>1. Stand next to a sturdy chair or a kitchen counter, close enough to hold on at once.
2. Keep a hand just above the back of the chair, without touching it.
3. When the count reaches zero, lift one foot a little off the floor.
4. Press Stop, or the Space bar, when you put the foot down or hold on. The clock stops by itself at 30 seconds.</source>
        <translation>1. Ställ dig bredvid en stadig stol eller en köksbänk, så nära att du kan hålla i dig direkt.
2. Håll ena handen strax ovanför stolsryggen, utan att röra den.
3. När nedräkningen når noll lyfter du ena foten en bit från golvet.
4. Tryck på Stopp, eller på mellanslag, när du sätter ner foten eller håller i dig. Klockan stannar av sig själv vid 30 sekunder.</translation>
    </message>
    <message>
        <source>A person stands on one leg next to a chair</source>
        <translation>En person står på ett ben bredvid en stol</translation>
    </message>
    <message>
        <source>Shows how to do the balance test</source>
        <translation>Visar hur du gör balanstestet</translation>
    </message>
    <message>
        <source>Hold on to the chair at once if you start to lose your balance.</source>
        <translation>Håll i dig i stolen direkt om du börjar tappa balansen.</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Starta klockan</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then at most 30 seconds</source>
        <translation>En nedräkning 3, 2, 1, sedan högst 30 sekunder</translation>
    </message>
    <message>
        <source>Type in the seconds</source>
        <translation>Skriv in sekunderna</translation>
    </message>
    <message>
        <source>Skip this test</source>
        <translation>Hoppa över testet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>You can also press the Space bar.</source>
        <translation>Du kan också trycka på mellanslag.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ditt resultat</translation>
    </message>
    <message>
        <source>How many seconds did you stand on one leg?</source>
        <translation>Hur många sekunder stod du på ett ben?</translation>
    </message>
    <message>
        <source>Seconds on one leg</source>
        <translation>Sekunder på ett ben</translation>
    </message>
    <message>
        <source>One second less</source>
        <translation>En sekund mindre</translation>
    </message>
    <message>
        <source>One second more</source>
        <translation>En sekund mer</translation>
    </message>
    <message>
        <source>Do the test again</source>
        <translation>Gör testet igen</translation>
    </message>
    <message>
        <source>You skipped the balance test. That is fine.</source>
        <translation>Du hoppade över balanstestet. Det går bra.</translation>
    </message>
    <message>
        <source>Do the test after all</source>
        <translation>Gör testet ändå</translation>
    </message>
</context>
<context>
    <name>ChairStandStep</name>
    <message>
        <source>Start! Stand up and sit down.</source>
        <translation>Start! Res dig och sätt dig.</translation>
    </message>
    <message>
        <source>Stop. Sit down and rest.</source>
        <translation>Stopp. Sätt dig och vila.</translation>
    </message>
    <message>
        <source>Get ready: sit down with your arms crossed</source>
        <translation>Gör dig redo: sätt dig med armarna i kors</translation>
    </message>
    <message>
        <source>The test starts soon</source>
        <translation>Testet börjar snart</translation>
    </message>
    <message>
        <source>Stand up and sit down</source>
        <translation>Res dig och sätt dig</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>sekunder kvar</translation>
    </message>
    <message>
        <source>Stands: %1</source>
        <translation>Uppresningar: %1</translation>
    </message>
    <message>
        <source>Start the test, type in a result you already have, or choose “Skip this test”.</source>
        <translation>Starta testet, skriv in ett resultat du redan har, eller välj ”Hoppa över testet”.</translation>
    </message>
    <message>
        <source>The test is still running. Wait until the time is up, or stop the test.</source>
        <translation>Testet pågår fortfarande. Vänta tills tiden är slut, eller stoppa testet.</translation>
    </message>
    <message>
        <source>Test: stand up from a chair</source>
        <translation>Test: res dig från en stol</translation>
    </message>
    <message>
        <source>This test, the chair stand test, shows how strong your legs are today. You count how many times you can stand up and sit down in 30 seconds. It is fine if it is only a few times.</source>
        <translation>Det här testet, uppresningstestet, visar hur starka dina ben är i dag. Du räknar hur många gånger du kan resa dig och sätta dig på 30 sekunder. Det gör inget om det bara blir några få gånger.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>Så gör du testet</translation>
    </message>
    <message>
        <source>1. Put a sturdy chair without wheels against a wall, so that it cannot slide.
2. Sit in the middle of the seat with your feet flat on the floor.
3. Cross your arms over your chest.
4. When the test starts, stand up straight and sit down again, as many times as you safely can in 30 seconds.
5. Count aloud. Someone with you can press the big button each time you stand up, or you type in the number afterwards.</source>
        <translation>1. Ställ en stadig stol utan hjul mot en vägg, så att den inte kan glida.
2. Sätt dig mitt på sitsen med fötterna i golvet.
3. Lägg armarna i kors över bröstet.
4. När testet startar reser du dig helt upp och sätter dig igen, så många gånger du säkert kan på 30 sekunder.
5. Räkna högt. Någon som är med dig kan trycka på den stora knappen varje gång du reser dig, eller så skriver du in antalet efteråt.</translation>
    </message>
    <message>
        <source>A person stands up from a chair and sits down, arms crossed</source>
        <translation>En person reser sig från en stol och sätter sig, med armarna i kors</translation>
    </message>
    <message>
        <source>Shows how to do the chair stand test</source>
        <translation>Visar hur du gör uppresningstestet</translation>
    </message>
    <message>
        <source>Stop at once if you get chest pain, feel dizzy or get a sharp pain. If you need your arms to get up, stop the test and tick “I needed my arms”.</source>
        <translation>Sluta direkt om du får ont i bröstet, blir yr eller får en skarp smärta. Om du behöver armarna för att resa dig, stoppa testet och kryssa i ”Jag behövde ta hjälp av armarna”.</translation>
    </message>
    <message>
        <source>You stopped the test. Start it again when you are ready.</source>
        <translation>Du stoppade testet. Starta det igen när du är redo.</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Starta testet</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then 30 seconds</source>
        <translation>En nedräkning 3, 2, 1, sedan 30 sekunder</translation>
    </message>
    <message>
        <source>Type in a result</source>
        <translation>Skriv in ett resultat</translation>
    </message>
    <message>
        <source>Skip this test</source>
        <translation>Hoppa över testet</translation>
    </message>
    <message>
        <source>I stood up (+1)</source>
        <translation>Jag reste mig (+1)</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>You can also press the Space bar each time.</source>
        <translation>Du kan också trycka på mellanslag varje gång.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stoppa testet</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ditt resultat</translation>
    </message>
    <message>
        <source>How many times did you stand up in 30 seconds?</source>
        <translation>Hur många gånger reste du dig på 30 sekunder?</translation>
    </message>
    <message>
        <source>Number of times you stood up</source>
        <translation>Antal gånger du reste dig</translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>En färre</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>En till</translation>
    </message>
    <message>
        <source>I needed my arms to stand up</source>
        <translation>Jag behövde ta hjälp av armarna</translation>
    </message>
    <message>
        <source>Then the test counts as 0. That is all right: the program starts at a level that suits you.</source>
        <translation>Då räknas testet som 0. Det gör inget: programmet börjar på en nivå som passar dig.</translation>
    </message>
    <message>
        <source>Do the test again</source>
        <translation>Gör testet igen</translation>
    </message>
    <message>
        <source>You skipped the test. That is fine: the program then starts at the gentlest level.</source>
        <translation>Du hoppade över testet. Det går bra: programmet börjar då på den lättaste nivån.</translation>
    </message>
    <message>
        <source>Do the test after all</source>
        <translation>Gör testet ändå</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>There is no Ledhälsa data in %1.</source>
        <translation>Det finns inga Ledhälsa-uppgifter i %1.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. Nothing has been changed. Start Ledhälsa as usual to deal with it.</source>
        <translation>Din datafil gick inte att läsa: den är skadad. Ingenting har ändrats. Starta Ledhälsa som vanligt för att ta hand om det.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen gick inte att skriva: %1</translation>
    </message>
</context>
<context>
    <name>DeletedRow</name>
    <message>
        <source>The entry from %1 is deleted.</source>
        <translation>Anteckningen från %1 är borttagen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo: bring back the entry from %1</source>
        <translation>Ångra: ta tillbaka anteckningen från %1</translation>
    </message>
</context>
<context>
    <name>DiaryDetails</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
    <message>
        <source>How stiff are you? (if you want to answer)</source>
        <translation>Hur stel är du? (om du vill svara)</translation>
    </message>
    <message>
        <source>Did the pain disturb your sleep last night?</source>
        <translation>Störde smärtan din sömn i natt?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Have you taken anything for the pain?</source>
        <translation>Har du tagit något mot smärtan?</translation>
    </message>
    <message>
        <source>What did you take?</source>
        <translation>Vad tog du?</translation>
    </message>
    <message>
        <source>I have a flare</source>
        <translation>Jag har ett skov</translation>
    </message>
    <message>
        <source>A flare is a period when the joint hurts more than usual, often with swelling. While it lasts, your program is made lighter.</source>
        <translation>Ett skov är en period då leden gör mer ont än vanligt, ofta med svullnad. Så länge det varar blir ditt program lättare.</translation>
    </message>
    <message>
        <source>A flare is a period when the joint hurts more than usual, often with swelling.</source>
        <translation>Ett skov är en period då leden gör mer ont än vanligt, ofta med svullnad.</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Anteckning (om du vill)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>DiaryEntryForm</name>
    <message>
        <source>Write the date like this: %1. Or use the buttons.</source>
        <translation>Skriv datumet så här: %1. Eller använd knapparna.</translation>
    </message>
    <message>
        <source>Write the time in hours and minutes, for example 08:30.</source>
        <translation>Skriv tiden i timmar och minuter, till exempel 08:30.</translation>
    </message>
    <message>
        <source>Your changes were not saved. The entry is as it was.</source>
        <translation>Dina ändringar sparades inte. Anteckningen är som förut.</translation>
    </message>
    <message>
        <source>What you started to write last time is still here. Save it when you are done.</source>
        <translation>Det du började skriva förra gången finns kvar här. Spara när du är klar.</translation>
    </message>
    <message>
        <source>What you had started to write before is back here.</source>
        <translation>Det du hade börjat skriva innan finns här igen.</translation>
    </message>
    <message>
        <source>Saved. Your program is lighter until the flare is over.</source>
        <translation>Sparat. Ditt program är lättare tills skovet är över.</translation>
    </message>
    <message>
        <source>Your changes are back in the form.</source>
        <translation>Dina ändringar finns i formuläret igen.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Change the entry from %1</source>
        <translation>Ändra anteckningen från %1</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <source>How much pain do you have today?</source>
        <translation>Hur ont har du idag?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>− Day before</source>
        <translation>− Dagen före</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Dagen före</translation>
    </message>
    <message>
        <source>Day after +</source>
        <translation>Dagen efter +</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Dagen efter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Klockan</translation>
    </message>
    <message>
        <source>for example 08:30</source>
        <translation>till exempel 08:30</translation>
    </message>
    <message>
        <source>Which joint do you want to write about? Choose one or more.</source>
        <translation>Vilken led vill du skriva om? Välj en eller flera.</translation>
    </message>
    <message>
        <source>Undo: bring back the changes</source>
        <translation>Ångra: ta tillbaka ändringarna</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Avbryt ändringen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>DiaryList</name>
    <message>
        <source>Your entries</source>
        <translation>Dina anteckningar</translation>
    </message>
    <message>
        <source>You have not written anything yet. What you save is shown here, newest first.</source>
        <translation>Du har inte skrivit något än. Det du sparar visas här, det senaste först.</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Visa äldre anteckningar</translation>
    </message>
</context>
<context>
    <name>DiaryTexts</name>
    <message>
        <source>Knee</source>
        <translation>Knä</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Höft</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>your knee</source>
        <translation>knät</translation>
    </message>
    <message>
        <source>your hip</source>
        <translation>höften</translation>
    </message>
    <message>
        <source>your hand</source>
        <translation>handen</translation>
    </message>
    <message>
        <source>How much does your knee hurt?</source>
        <translation>Hur ont gör det i knät?</translation>
    </message>
    <message>
        <source>How much does your hip hurt?</source>
        <translation>Hur ont gör det i höften?</translation>
    </message>
    <message>
        <source>How much does your hand hurt?</source>
        <translation>Hur ont gör det i handen?</translation>
    </message>
    <message>
        <source>Choose how much your knee hurts, from 0 to 10.</source>
        <translation>Välj hur ont det gör i knät, från 0 till 10.</translation>
    </message>
    <message>
        <source>Choose how much your hip hurts, from 0 to 10.</source>
        <translation>Välj hur ont det gör i höften, från 0 till 10.</translation>
    </message>
    <message>
        <source>Choose how much your hand hurts, from 0 to 10.</source>
        <translation>Välj hur ont det gör i handen, från 0 till 10.</translation>
    </message>
    <message>
        <source>Not stiff</source>
        <translation>Inte stel</translation>
    </message>
    <message>
        <source>A little stiff</source>
        <translation>Lite stel</translation>
    </message>
    <message>
        <source>Quite stiff</source>
        <translation>Ganska stel</translation>
    </message>
    <message>
        <source>Very stiff</source>
        <translation>Mycket stel</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Paracetamol</source>
        <translation>Paracetamol</translation>
    </message>
    <message>
        <source>Anti-inflammatory</source>
        <translation>Antiinflammatoriskt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>Paracetamol is for example Alvedon. Anti-inflammatory is for example Ipren or Voltaren.</source>
        <translation>Paracetamol är till exempel Alvedon. Antiinflammatoriskt är till exempel Ipren eller Voltaren.</translation>
    </message>
    <message>
        <source>Took paracetamol.</source>
        <translation>Tog paracetamol.</translation>
    </message>
    <message>
        <source>Took an anti-inflammatory.</source>
        <translation>Tog ett antiinflammatoriskt läkemedel.</translation>
    </message>
    <message>
        <source>Took: %1.</source>
        <translation>Tog: %1.</translation>
    </message>
    <message>
        <source>Took something else for the pain.</source>
        <translation>Tog något annat mot smärtan.</translation>
    </message>
    <message>
        <source>That day has not come yet. Choose today or an earlier day.</source>
        <translation>Den dagen har inte kommit än. Välj idag eller en tidigare dag.</translation>
    </message>
    <message>
        <source>Choose a day in the year 2000 or later.</source>
        <translation>Välj en dag år 2000 eller senare.</translation>
    </message>
    <message>
        <source>Choose at least one joint and how much it hurts.</source>
        <translation>Välj minst en led och hur ont det gör.</translation>
    </message>
    <message>
        <source>Choose the pain from 0 to 10.</source>
        <translation>Välj smärtan från 0 till 10.</translation>
    </message>
    <message>
        <source>Write at most %1 characters about the medicine.</source>
        <translation>Skriv högst %1 tecken om medicinen.</translation>
    </message>
    <message>
        <source>Choose “Something else” to write what you took.</source>
        <translation>Välj ”Något annat” för att skriva vad du tog.</translation>
    </message>
    <message>
        <source>The note can be at most %1 characters. It is %2 now: shorten it a little.</source>
        <translation>Anteckningen får vara högst %1 tecken. Nu är den %2: korta den lite.</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>idag, %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Idag, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>igår, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Igår, %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Pain: %1</source>
        <translation>Smärta: %1</translation>
    </message>
    <message>
        <source>A flare.</source>
        <translation>Skov.</translation>
    </message>
    <message>
        <source>The pain disturbed my sleep.</source>
        <translation>Smärtan störde sömnen.</translation>
    </message>
    <message>
        <source>The pain did not disturb my sleep.</source>
        <translation>Smärtan störde inte sömnen.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Vecka %1, %2</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 veckor</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 veckor</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Show the last 4 weeks</source>
        <translation>Visa de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation>Visa de senaste 12 veckorna</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <source>over the last 4 weeks</source>
        <translation>de senaste 4 veckorna</translation>
    </message>
    <message>
        <source>over the last 12 weeks</source>
        <translation>de senaste 12 veckorna</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <source>You have no diary entries %1.</source>
        <translation>Du har inga anteckningar i dagboken %1.</translation>
    </message>
    <message>
        <source>The pain in %1 has averaged %2 %3.</source>
        <translation>Din smärta i %1 har i snitt varit %2 %3.</translation>
    </message>
    <message>
        <source>The pain in %1 has stayed at an average of %2 %3.</source>
        <translation>Din smärta i %1 har legat kvar på i snitt %2 %3.</translation>
    </message>
    <message>
        <source>The pain in %1 has gone from an average of %2 to %3 %4.</source>
        <translation>Din smärta i %1 har gått från i snitt %2 till %3 %4.</translation>
    </message>
    <message>
        <source>Each point is a day (the average, if you wrote more than once).</source>
        <translation>Varje punkt är en dag (medelvärdet, om du skrev flera gånger).</translation>
    </message>
    <message>
        <source>Each point is the average of a week.</source>
        <translation>Varje punkt är medelvärdet för en vecka.</translation>
    </message>
    <message>
        <source>Each point is the average of a month.</source>
        <translation>Varje punkt är medelvärdet för en månad.</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>The entry is back.</source>
        <translation>Anteckningen är tillbaka.</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Smärtdagbok</translation>
    </message>
    <message>
        <source>Write down how your joints feel, as often as you like. Then you and your physiotherapist can see how it goes over time. Everything stays on this computer.</source>
        <translation>Skriv ner hur dina leder känns, så ofta du vill. Då ser du och din fysioterapeut hur det går över tid. Allt sparas bara på den här datorn.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>Din smärta över tid</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>Hur lång tid kurvan visar</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Smärtkurva</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Change the entry from %1</source>
        <translation>Ändra anteckningen från %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the entry from %1</source>
        <translation>Ta bort anteckningen från %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Ledhälsa ran into an unexpected problem. What you had saved is safe. You can go on, or close the program and start it again.</source>
        <translation>Ledhälsa stötte på ett oväntat problem. Det du har sparat finns kvar. Du kan fortsätta, eller stänga programmet och starta det igen.</translation>
    </message>
    <message>
        <source>The details are written in the log file:
%1</source>
        <translation>Detaljerna finns i loggfilen:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>The details are copied. You can paste them into an e-mail.</source>
        <translation>Detaljerna är kopierade. Du kan klistra in dem i ett mejl.</translation>
    </message>
</context>
<context>
    <name>ExerciseTexts</name>
    <message>
        <source>Knee</source>
        <translation>Knä</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Höft</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Uppvärmning</translation>
    </message>
    <message>
        <source>Core stability and posture</source>
        <translation>Bålstabilitet och hållning</translation>
    </message>
    <message>
        <source>Alignment: knee over foot</source>
        <translation>Rätt linje: knä över fot</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Everyday movements and balance</source>
        <translation>Vardagsrörelser och balans</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Rörlighet</translation>
    </message>
    <message>
        <source>Grip strength</source>
        <translation>Greppstyrka</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Tummen</translation>
    </message>
    <message>
        <source>Fine finger control</source>
        <translation>Fingerfärdighet</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ingen utrustning behövs</translation>
    </message>
    <message>
        <source>a sturdy chair</source>
        <translation>en stadig stol</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>en vägg</translation>
    </message>
    <message>
        <source>a low step or the bottom stair</source>
        <translation>ett lågt steg eller nedersta trappsteget</translation>
    </message>
    <message>
        <source>a mat or a rug</source>
        <translation>en matta</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>ett bord</translation>
    </message>
    <message>
        <source>a towel</source>
        <translation>en handduk</translation>
    </message>
    <message>
        <source>a soft ball</source>
        <translation>en mjuk boll</translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>Du behöver: %1</translation>
    </message>
    <message>
        <source>%1 sets of %2 holds, %3 seconds each</source>
        <translation>%1 omgångar med %2 håll, %3 sekunder vardera</translation>
    </message>
    <message>
        <source>%1 sets of %2 repetitions</source>
        <translation>%1 omgångar med %2 repetitioner</translation>
    </message>
    <message>
        <source>One side at a time: first the right, then the left.</source>
        <translation>En sida i taget: först höger, sedan vänster.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
</context>
<context>
    <name>FunctionStep</name>
    <message>
        <source>Choose how difficult this is for you.</source>
        <translation>Välj hur svårt det här är för dig.</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Vardagens sysslor</translation>
    </message>
    <message>
        <source>How difficult has it been during the last week to do these things, because of your joints?</source>
        <translation>Hur svårt har det varit under den senaste veckan att göra de här sakerna, på grund av dina leder?</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ner</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Håll</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lyft</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Sänk</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Böj</translation>
    </message>
    <message>
        <source>Straighten</source>
        <translation>Sträck</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Kliv</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Krama</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Släpp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Sprid</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Nudda</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Vila</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Byt sida</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>Well done! The session is over.</source>
        <translation>Bra jobbat! Passet är klart.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Good morning, %1!</source>
        <translation>God morgon, %1!</translation>
    </message>
    <message>
        <source>Good morning!</source>
        <translation>God morgon!</translation>
    </message>
    <message>
        <source>Good evening, %1!</source>
        <translation>God kväll, %1!</translation>
    </message>
    <message>
        <source>Good evening!</source>
        <translation>God kväll!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hej, %1!</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <source>Ledhälsa helps you exercise at home when you have osteoarthritis in a knee, a hip or a hand. Regular, well-dosed exercise eases pain and makes everyday life easier.</source>
        <translation>Ledhälsa hjälper dig att träna hemma när du har artros i knä, höft eller hand. Regelbunden träning i lagom dos minskar smärtan och gör vardagen lättare.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Börja här</translation>
    </message>
    <message>
        <source>Answer a few questions and do a short chair test, about three minutes in all. Then you get your own 12-week exercise program that starts gently and grows with you. You can also try a short session first, or look at all the exercises.</source>
        <translation>Svara på några frågor och gör ett kort test med en stol, ungefär tre minuter sammanlagt. Sedan får du ett eget träningsprogram på 12 veckor som börjar försiktigt och växer med dig. Du kan också prova ett kort pass först eller titta på alla övningar.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Börja testet</translation>
    </message>
    <message>
        <source>How much does it hurt today?</source>
        <translation>Hur ont har du idag?</translation>
    </message>
    <message>
        <source>Write in the pain diary</source>
        <translation>Skriv i smärtdagboken</translation>
    </message>
    <message>
        <source>Try a short session</source>
        <translation>Prova ett kort pass</translation>
    </message>
    <message>
        <source>Look at the exercises</source>
        <translation>Titta på övningarna</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Lätt att läsa</translation>
    </message>
    <message>
        <source>Choose a text size and colours that suit your eyes. You can change them at any time.</source>
        <translation>Välj en textstorlek och färger som passar dina ögon. Du kan ändra dem när du vill.</translation>
    </message>
    <message>
        <source>Choose text size and colours</source>
        <translation>Välj textstorlek och färger</translation>
    </message>
    <message>
        <source>Exercise safely</source>
        <translation>Träna tryggt</translation>
    </message>
    <message>
        <source>Some pain while exercising is normal and harmless, as long as it settles by the next day. If you have severe or worsening symptoms, contact your health centre or call 1177.</source>
        <translation>Lite ont när du tränar är normalt och ofarligt, så länge det har lagt sig till nästa dag. Har du svåra besvär eller blir det värre, kontakta din vårdcentral eller ring 1177.</translation>
    </message>
    <message>
        <source>Your data stays on this computer</source>
        <translation>Dina uppgifter stannar på den här datorn</translation>
    </message>
    <message>
        <source>Ledhälsa works without the internet and without an account. Everything you enter is saved on this computer only, and a backup copy is made automatically.</source>
        <translation>Ledhälsa fungerar utan internet och utan konto. Allt du fyller i sparas bara på den här datorn, och en säkerhetskopia görs automatiskt.</translation>
    </message>
    <message>
        <source>Latest backup: %1.</source>
        <translation>Senaste säkerhetskopia: %1.</translation>
    </message>
    <message>
        <source>No backup has been made yet. The first one is made automatically.</source>
        <translation>Ingen säkerhetskopia är gjord än. Den första görs automatiskt.</translation>
    </message>
</context>
<context>
    <name>JointsStep</name>
    <message>
        <source>Choose at least one joint that bothers you: a knee, a hip or a hand.</source>
        <translation>Välj minst en led som besvärar dig: ett knä, en höft eller en hand.</translation>
    </message>
    <message>
        <source>Choose the joint that bothers you most. The program starts with that one.</source>
        <translation>Välj den led som besvärar dig mest. Programmet börjar med den.</translation>
    </message>
    <message>
        <source>Your joints</source>
        <translation>Dina leder</translation>
    </message>
    <message>
        <source>Which joints bother you? Choose for each of them.</source>
        <translation>Vilka leder har du besvär med? Välj för var och en.</translation>
    </message>
    <message>
        <source>Which joint bothers you most?</source>
        <translation>Vilken led besvärar dig mest?</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>← Back to the lessons</source>
        <translation>← Tillbaka till lektionerna</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Tillbaka till lektionerna</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Sluta läsa</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Reads the lesson aloud with the computer&apos;s voice</source>
        <translation>Läser upp lektionen med datorns röst</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Markera som oläst</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Markera som läst</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>The text of the lesson. Links open other lessons.</source>
        <translation>Lektionens text. Länkarna öppnar andra lektioner.</translation>
    </message>
    <message>
        <source>✓ Read. You can mark it as unread if you want it suggested again.</source>
        <translation>✓ Läst. Du kan markera den som oläst om du vill få den föreslagen igen.</translation>
    </message>
    <message>
        <source>When you have read the lesson, mark it as read. Home then suggests the next one.</source>
        <translation>När du har läst lektionen kan du markera den som läst. Då föreslår Hem nästa lektion.</translation>
    </message>
    <message>
        <source>← Previous lesson</source>
        <translation>← Föregående lektion</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>Nästa lektion →</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Föregående lektion</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nästa lektion</translation>
    </message>
</context>
<context>
    <name>LessonSuggestionCard</name>
    <message>
        <source>Lesson of the week</source>
        <translation>Veckans lektion</translation>
    </message>
    <message>
        <source>Read the lesson</source>
        <translation>Läs lektionen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>A new lesson is suggested next week</source>
        <translation>En ny lektion föreslås nästa vecka</translation>
    </message>
    <message>
        <source>About %1 minutes to read.</source>
        <translation>Cirka %1 minuters läsning.</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Short lessons about osteoarthritis and exercise, a few minutes each. Knowing why exercise helps makes it easier to keep going.</source>
        <translation>Korta lektioner om artros och träning, några minuter var. När du vet varför träningen hjälper blir det lättare att fortsätta.</translation>
    </message>
    <message>
        <source>You have read %1 of %2 lessons.</source>
        <translation>Du har läst %1 av %2 lektioner.</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Läst</translation>
    </message>
    <message>
        <source>About %1 minutes to read</source>
        <translation>Cirka %1 minuters läsning</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivå %1: %2</translation>
    </message>
    <message>
        <source>To start with: %1.</source>
        <translation>Till att börja med: %1.</translation>
    </message>
    <message>
        <source>Pause the figure</source>
        <translation>Pausa figuren</translation>
    </message>
    <message>
        <source>Play the figure</source>
        <translation>Spela figuren</translation>
    </message>
    <message>
        <source>A little back</source>
        <translation>Lite bakåt</translation>
    </message>
    <message>
        <source>A little forward</source>
        <translation>Lite framåt</translation>
    </message>
    <message>
        <source>Try it in the player</source>
        <translation>Prova övningen</translation>
    </message>
    <message>
        <source>Back to the exercises</source>
        <translation>Tillbaka till övningarna</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <source>Choose a joint, then an exercise, to see how it is done. You can try any exercise in the player.</source>
        <translation>Välj en led och sedan en övning, så ser du hur den görs. Du kan prova vilken övning du vill.</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Så här gör du</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Tänk på</translation>
    </message>
    <message>
        <source>When it feels easy</source>
        <translation>När det känns lätt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ledhälsa</source>
        <translation>Ledhälsa</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mitt program</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Smärtdagbok</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <source>Exercise now</source>
        <translation>Träna nu</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>MissedDayCard</name>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>on Monday</source>
        <translation>i måndags</translation>
    </message>
    <message>
        <source>on Tuesday</source>
        <translation>i tisdags</translation>
    </message>
    <message>
        <source>on Wednesday</source>
        <translation>i onsdags</translation>
    </message>
    <message>
        <source>on Thursday</source>
        <translation>i torsdags</translation>
    </message>
    <message>
        <source>on Friday</source>
        <translation>i fredags</translation>
    </message>
    <message>
        <source>on Saturday</source>
        <translation>i lördags</translation>
    </message>
    <message>
        <source>on Sunday</source>
        <translation>i söndags</translation>
    </message>
    <message>
        <source>There was no session %1.</source>
        <translation>Det blev ingen träning %1.</translation>
    </message>
    <message>
        <source>That&apos;s all right – today&apos;s session is waiting whenever you like.</source>
        <translation>Det gör inget – dagens pass väntar när du vill.</translation>
    </message>
    <message>
        <source>That&apos;s all right – you can exercise today anyway, or wait for your next session.</source>
        <translation>Det gör inget – du kan träna i dag ändå, eller vänta till nästa pass.</translation>
    </message>
</context>
<context>
    <name>NextDayCard</name>
    <message>
        <source>Thank you. Your program is updated.</source>
        <translation>Tack! Ditt program är uppdaterat.</translation>
    </message>
    <message>
        <source>Next time you do the same as last time.</source>
        <translation>Nästa gång gör du samma som förra gången.</translation>
    </message>
    <message>
        <source>How does it feel after your last session?</source>
        <translation>Hur känns det efter förra passet?</translation>
    </message>
    <message>
        <source>You exercised on %1. Compared with how it usually feels:</source>
        <translation>Du tränade %1. Jämfört med hur det brukar kännas:</translation>
    </message>
    <message>
        <source>Back to usual</source>
        <translation>Som vanligt igen</translation>
    </message>
    <message>
        <source>Still worse than usual</source>
        <translation>Fortfarande värre än vanligt</translation>
    </message>
    <message>
        <source>Much worse</source>
        <translation>Mycket värre</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Smärta, 0 till 10</translation>
    </message>
    <message>
        <source>Training day</source>
        <translation>Träningsdag</translation>
    </message>
    <message>
        <source>At the start: %1</source>
        <translation>Vid starten: %1</translation>
    </message>
    <message>
        <source>No diary entries in this period yet.</source>
        <translation>Inga anteckningar i dagboken under den här tiden än.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>no pain</source>
        <translation>ingen smärta</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>värsta tänkbara</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = ingen smärta</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = värsta tänkbara</translation>
    </message>
</context>
<context>
    <name>PainStep</name>
    <message>
        <source>Choose a number from 0 to 10 for this question.</source>
        <translation>Välj en siffra från 0 till 10 på den här frågan.</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>Din smärta</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10. 0 means no pain at all and 10 the worst pain you can imagine.</source>
        <translation>Välj en siffra från 0 till 10. 0 betyder ingen smärta alls och 10 den värsta smärta du kan tänka dig.</translation>
    </message>
    <message>
        <source>How much pain do you have in your joints right now?</source>
        <translation>Hur ont har du i lederna just nu?</translation>
    </message>
    <message>
        <source>How much pain have you usually had during the last week?</source>
        <translation>Hur ont har du oftast haft under den senaste veckan?</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your first name (optional)</source>
        <translation>Ditt förnamn (frivilligt)</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>Födelseår (frivilligt)</translation>
    </message>
    <message>
        <source>for example 1952</source>
        <translation>till exempel 1952</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Kön (frivilligt)</translation>
    </message>
    <message>
        <source>Year of birth and sex are only used to compare your test results with others of your age.</source>
        <translation>Födelseår och kön används bara för att jämföra dina testresultat med andra i din ålder.</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Vill inte ange</translation>
    </message>
    <message>
        <source>The name is too long. Use at most %1 letters.</source>
        <translation>Namnet är för långt. Skriv högst %1 tecken.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be saved. Type it again.</source>
        <translation>Namnet innehåller tecken som inte kan sparas. Skriv det igen.</translation>
    </message>
    <message>
        <source>Write the year with four digits, for example 1952.</source>
        <translation>Skriv året med fyra siffror, till exempel 1952.</translation>
    </message>
    <message>
        <source>Write a year from 1900 onwards, for example 1952.</source>
        <translation>Skriv ett år från 1900 och framåt, till exempel 1952.</translation>
    </message>
    <message>
        <source>Write a year no later than %1, with four digits.</source>
        <translation>Skriv ett år som är %1 eller tidigare, med fyra siffror.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <source>1 set of %1 holds, %2 seconds each</source>
        <translation>1 omgång med %1 håll, %2 sekunder vardera</translation>
    </message>
    <message>
        <source>1 set of %1 repetitions</source>
        <translation>1 omgång med %1 repetitioner</translation>
    </message>
    <message>
        <source>Warms up the joints and muscles so the rest of the session feels easier.</source>
        <translation>Värmer upp leder och muskler, så att resten av passet känns lättare.</translation>
    </message>
    <message>
        <source>Strengthens your back, stomach and buttocks, which carry and steady the legs.</source>
        <translation>Stärker rygg, mage och säte, som bär upp och stadgar benen.</translation>
    </message>
    <message>
        <source>Teaches the knee to stay over the foot, which spreads the load evenly in the joint.</source>
        <translation>Lär knät att hålla sig rakt över foten, så att belastningen fördelas jämnt i leden.</translation>
    </message>
    <message>
        <source>Builds the thigh and hip muscles that absorb the shocks the joint would otherwise take.</source>
        <translation>Bygger upp musklerna i lår och höft, som tar emot stötar som annars skulle gå till leden.</translation>
    </message>
    <message>
        <source>Practises everyday movements and balance, so stairs and walking feel safer.</source>
        <translation>Övar vardagsrörelser och balans, så att trappor och promenader känns tryggare.</translation>
    </message>
    <message>
        <source>Keeps the finger joints moving, which eases stiffness and feeds the cartilage.</source>
        <translation>Håller fingrarnas leder rörliga, vilket minskar stelheten och ger brosket näring.</translation>
    </message>
    <message>
        <source>Strengthens your grip for jars, bags and door handles.</source>
        <translation>Stärker ditt grepp, för burkar, kassar och dörrhandtag.</translation>
    </message>
    <message>
        <source>Keeps the thumb strong and mobile, which protects its sensitive base joint.</source>
        <translation>Håller tummen stark och rörlig, vilket skyddar den känsliga leden längst in vid handen.</translation>
    </message>
    <message>
        <source>Trains fine control of each finger for buttons, writing and small things.</source>
        <translation>Tränar finmotoriken i varje finger, för knappar, skrivande och små saker.</translation>
    </message>
    <message>
        <source>the level changes to “%1” with %2</source>
        <translation>du går över till nivån ”%1” med %2</translation>
    </message>
    <message>
        <source>each hold is %1 seconds instead of %2</source>
        <translation>varje håll är %1 sekunder i stället för %2</translation>
    </message>
    <message>
        <source>%1 repetitions a set instead of %2</source>
        <translation>%1 repetitioner per omgång i stället för %2</translation>
    </message>
    <message>
        <source>this is where you start, lower than you may think</source>
        <translation>här börjar du, lägre än du kanske tror</translation>
    </message>
    <message>
        <source>the last session went well: you did it all, the pain stayed at 4 or lower and was back to usual the next day</source>
        <translation>förra passet gick bra: du gjorde allt, smärtan låg på 4 eller lägre och var som vanligt igen dagen efter</translation>
    </message>
    <message>
        <source>you have reached the top of this level and the last session went well</source>
        <translation>du har nått toppen av den här nivån och förra passet gick bra</translation>
    </message>
    <message>
        <source>the pain during the last session was above 5</source>
        <translation>smärtan under förra passet var över 5</translation>
    </message>
    <message>
        <source>the pain was not back to usual the day after</source>
        <translation>smärtan inte var tillbaka på den vanliga nivån dagen efter</translation>
    </message>
    <message>
        <source>the pain was much worse than usual the day after</source>
        <translation>smärtan var mycket värre än vanligt dagen efter</translation>
    </message>
    <message>
        <source>you said it hurt too much</source>
        <translation>du sa att det gjorde för ont</translation>
    </message>
    <message>
        <source>%1: %2, because %3.</source>
        <translation>%1: %2, eftersom %3.</translation>
    </message>
    <message>
        <source>%1 gets a little harder: %2, because %3.</source>
        <translation>%1 blir lite svårare: %2, eftersom %3.</translation>
    </message>
    <message>
        <source>%1 gets a little easier: %2, because %3.</source>
        <translation>%1 blir lite lättare: %2, eftersom %3.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>These get a little harder, because %1:</source>
        <translation>Det här blir lite svårare, eftersom %1:</translation>
    </message>
    <message>
        <source>These get a little easier, because %1:</source>
        <translation>Det här blir lite lättare, eftersom %1:</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Choose at least %1 days. Until then your training days stay as they were: %2.</source>
        <translation>Välj minst %1 dagar. Till dess är dina träningsdagar desamma som förut: %2.</translation>
    </message>
    <message>
        <source>These days could not be saved. Choose the days again, at least two.</source>
        <translation>Dagarna gick inte att spara. Välj dagarna igen, minst två.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mitt program</translation>
    </message>
    <message>
        <source>You have no program yet</source>
        <translation>Du har inget program än</translation>
    </message>
    <message>
        <source>Your program is made from a short assessment of about 3 minutes: a few questions about your joints and your pain, and a simple test of getting up from a chair. Then you get exercises that suit you, and the program grows with you, at a safe pace.</source>
        <translation>Ditt program görs utifrån en kort bedömning som tar ungefär 3 minuter: några frågor om dina leder och din smärta, och ett enkelt test där du reser dig från en stol. Sedan får du övningar som passar dig, och programmet växer med dig i lagom takt.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Starta bedömningen</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Starta dagens träning</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Dina övningar</translation>
    </message>
    <message>
        <source>In the order of a session, with how much you do today and why each exercise is there.</source>
        <translation>I den ordning du gör dem, med hur mycket du gör i dag och varför övningen finns med.</translation>
    </message>
    <message>
        <source>Your training days</source>
        <translation>Dina träningsdagar</translation>
    </message>
    <message>
        <source>Choose the days you want to exercise, at least 2. A rest day between sessions is good. A change is saved at once.</source>
        <translation>Välj de dagar du vill träna, minst 2. Det är bra med en vilodag mellan passen. En ändring sparas direkt.</translation>
    </message>
    <message>
        <source>Your next sessions</source>
        <translation>Dina nästa pass</translation>
    </message>
    <message>
        <source>What has changed and why</source>
        <translation>Vad har ändrats och varför</translation>
    </message>
    <message>
        <source>After each session the program adjusts itself, by how the session went and how you felt the day after. Here is each change and the reason for it, newest first.</source>
        <translation>Efter varje pass anpassar sig programmet efter hur passet gick och hur du mådde dagen efter. Här ser du varje ändring och skälet till den, den senaste först.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</source>
        <translation>Inget har ändrats än. Efter dina första pass visas varje ändring här, med skälet till den.</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Håll igång</translation>
    </message>
    <message>
        <source>You have done the 12 weeks of the program. Now you keep what you have built up, with 2 sessions a week.</source>
        <translation>Du har gjort programmets 12 veckor. Nu behåller du det du har byggt upp, med 2 pass i veckan.</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Vecka %1 av %2</translation>
    </message>
    <message>
        <source>The first 2 weeks are a gentle start, with 2 sessions a week.</source>
        <translation>De första 2 veckorna är en lugn start, med 2 pass i veckan.</translation>
    </message>
    <message>
        <source>You have done all %1 sessions this week. Well done!</source>
        <translation>Du har gjort alla %1 pass den här veckan. Bra gjort!</translation>
    </message>
    <message>
        <source>This week you have done %1 of %2 sessions.</source>
        <translation>Den här veckan har du gjort %1 av %2 pass.</translation>
    </message>
    <message>
        <source>A session takes about %1 minutes.</source>
        <translation>Ett pass tar ungefär %1 minuter.</translation>
    </message>
    <message>
        <source>You have exercised today. Your next session: %1.</source>
        <translation>Du har tränat i dag. Ditt nästa pass: %1.</translation>
    </message>
    <message>
        <source>Your next session: %1.</source>
        <translation>Ditt nästa pass: %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivå %1: %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>I dag: %1</translation>
    </message>
    <message>
        <source>After your session on %1:</source>
        <translation>Efter passet %1:</translation>
    </message>
    <message>
        <source>Show only the latest changes</source>
        <translation>Visa bara de senaste ändringarna</translation>
    </message>
    <message>
        <source>Show all changes</source>
        <translation>Visa alla ändringar</translation>
    </message>
    <message>
        <source>Where you started: on %1, at doses lower than you may think, so that your body can get used to the exercises.</source>
        <translation>Där du började: %1, med lägre mängd än du kanske tror, så att kroppen hinner vänja sig vid övningarna.</translation>
    </message>
</context>
<context>
    <name>ProgressTexts</name>
    <message>
        <source>Before you started, on %1, your pain was usually %2 out of 10.</source>
        <translation>Innan du började, den %1, var din smärta oftast %2 av 10.</translation>
    </message>
    <message>
        <source>There is nothing to compare with yet. Write in your diary how much it hurts, and you will see here how your pain changes.</source>
        <translation>Det finns inget att jämföra med än. Skriv i dagboken hur ont du har, så ser du här hur din smärta förändras.</translation>
    </message>
    <message>
        <source>At your retest on %1 it was usually %2 out of 10.</source>
        <translation>Vid uppföljningen den %1 var den oftast %2 av 10.</translation>
    </message>
    <message>
        <source>In your diary for the last 7 days it is %1 out of 10 on average.</source>
        <translation>I din dagbok de senaste 7 dagarna är den i snitt %1 av 10.</translation>
    </message>
    <message>
        <source>In your diary for the last 4 weeks it is %1 out of 10 on average.</source>
        <translation>I din dagbok de senaste 4 veckorna är den i snitt %1 av 10.</translation>
    </message>
    <message>
        <source>That is about the same as when you started.</source>
        <translation>Det är ungefär som när du började.</translation>
    </message>
    <message>
        <source>That is %1 points less.</source>
        <translation>Det är %1 poäng mindre.</translation>
    </message>
    <message>
        <source>That is %1 points less, or %2 % lower.</source>
        <translation>Det är %1 poäng mindre, eller %2 % lägre.</translation>
    </message>
    <message>
        <source>That is %1 points more than when you started.</source>
        <translation>Det är %1 poäng mer än när du började.</translation>
    </message>
    <message>
        <source>In studies of exercise for osteoarthritis, pain goes down a little on average over a few months, and grip and movement often get easier.</source>
        <translation>I studier av träning vid artros minskar smärtan i snitt något på några månader, och greppet och rörligheten blir ofta lättare.</translation>
    </message>
    <message>
        <source>For comparison: in GLA:D, a Danish program of education and exercise for knee and hip osteoarthritis, pain went down on average by about 1 point out of 10 (12 out of 100) after 3 months. Other reports speak of about a third less pain and a quarter better function.</source>
        <translation>Som jämförelse: i GLA:D, ett danskt program med utbildning och träning vid artros i knä och höft, minskade smärtan i snitt med ungefär 1 poäng av 10 (12 av 100) efter 3 månader. Andra rapporter talar om ungefär en tredjedel mindre smärta och en fjärdedel bättre funktion.</translation>
    </message>
    <message>
        <source>Everyone is different, and the effect comes gradually.</source>
        <translation>Alla är olika, och effekten kommer gradvis.</translation>
    </message>
    <message>
        <source>Most people notice a difference after 6 to 8 weeks of regular exercise.</source>
        <translation>De flesta märker skillnad efter 6 till 8 veckors regelbunden träning.</translation>
    </message>
    <message>
        <source>Pain goes up and down. If it has been worse for several weeks, talk to a physiotherapist or your health centre.</source>
        <translation>Smärta går upp och ner. Om den har varit värre i flera veckor, prata med en fysioterapeut eller din vårdcentral.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Retest, week 6</source>
        <translation>Uppföljning vecka 6</translation>
    </message>
    <message>
        <source>Retest, week 12</source>
        <translation>Uppföljning vecka 12</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>0 (needed the arms)</source>
        <translation>0 (behövde armarna)</translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation>går inte att jämföra</translation>
    </message>
    <message>
        <source>better</source>
        <translation>bättre</translation>
    </message>
    <message>
        <source>no certain change</source>
        <translation>ingen säker förändring</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>färre</translation>
    </message>
    <message>
        <source>The test counts how many times you stand up from a chair in 30 seconds. A change of fewer than %1 stands can be chance, so it is no certain change.</source>
        <translation>Testet räknar hur många gånger du reser dig från en stol på 30 sekunder. En skillnad på färre än %1 uppresningar kan bero på slumpen, så den är ingen säker förändring.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Vecka %1</translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation>vecka %1–%2</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>vecka %1</translation>
    </message>
    <message>
        <source>The program, %1</source>
        <translation>Programmet, %1</translation>
    </message>
    <message>
        <source>Keeping it going, %1</source>
        <translation>Underhåll, %1</translation>
    </message>
    <message>
        <source>The last four weeks, %1</source>
        <translation>De senaste fyra veckorna, %1</translation>
    </message>
    <message>
        <source>No sessions were planned yet.</source>
        <translation>Inga pass var planerade än.</translation>
    </message>
    <message>
        <source>Since the start you have done %1 of the %2 sessions planned so far (%3 %).</source>
        <translation>Sedan starten har du gjort %1 av de %2 pass som hittills var planerade (%3 %).</translation>
    </message>
    <message>
        <source>From %1, not marked as over</source>
        <translation>Från %1, inte markerat som över</translation>
    </message>
    <message>
        <source>Ledhälsa is not a medical product and does not replace an examination. With serious or worsening symptoms, contact healthcare: in Sweden, call 1177.</source>
        <translation>Ledhälsa är ingen medicinteknisk produkt och ersätter inte en undersökning. Vid svåra besvär eller besvär som blir värre, kontakta vården – ring 1177.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Program week</source>
        <translation>Programvecka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Pain during (0–10)</source>
        <translation>Smärta under passet (0–10)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Ansträngning</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Övningar gjorda</translation>
    </message>
    <message>
        <source>Exercises in the session</source>
        <translation>Övningar i passet</translation>
    </message>
    <message>
        <source>Lighter session</source>
        <translation>Lättare pass</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Dagen efter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>all</source>
        <translation>allt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>delvis</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>inte gjort</translation>
    </message>
    <message>
        <source>light</source>
        <translation>lätt</translation>
    </message>
    <message>
        <source>just right</source>
        <translation>lagom</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>tungt</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>för tungt</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>som vanligt</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>värre</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>mycket värre</translation>
    </message>
    <message>
        <source>Pain, knee (0–10)</source>
        <translation>Smärta, knä (0–10)</translation>
    </message>
    <message>
        <source>Pain, hip (0–10)</source>
        <translation>Smärta, höft (0–10)</translation>
    </message>
    <message>
        <source>Pain, hand (0–10)</source>
        <translation>Smärta, hand (0–10)</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Stelhet</translation>
    </message>
    <message>
        <source>Sleep disturbed by pain</source>
        <translation>Sömnen störd av smärta</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Smärtstillande</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Vilket läkemedel</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Skov</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>lätt</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>måttlig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>svår</translation>
    </message>
    <message>
        <source>paracetamol</source>
        <translation>paracetamol</translation>
    </message>
    <message>
        <source>anti-inflammatory</source>
        <translation>antiinflammatoriskt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Your progress</source>
        <translation>Dina framsteg</translation>
    </message>
    <message>
        <source>How it is going since you started: your pain, the chair stand test and your sessions.</source>
        <translation>Så går det sedan du började: din smärta, uppresningstestet och dina träningspass.</translation>
    </message>
    <message>
        <source>You have no program yet</source>
        <translation>Du har inget program än</translation>
    </message>
    <message>
        <source>Your progress is shown here once you have done the short assessment and started exercising. The assessment takes about 3 minutes.</source>
        <translation>Här ser du hur det går när du har gjort den korta bedömningen och börjat träna. Bedömningen tar ungefär 3 minuter.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Börja bedömningen</translation>
    </message>
    <message>
        <source>Pain against the start</source>
        <translation>Smärtan jämfört med starten</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Resa sig från en stol</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Träningspass varje vecka</translation>
    </message>
    <message>
        <source>Your exercises now</source>
        <translation>Dina övningar nu</translation>
    </message>
    <message>
        <source>What has changed and why</source>
        <translation>Vad som har ändrats och varför</translation>
    </message>
    <message>
        <source>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</source>
        <translation>Inget har ändrats än. Efter dina första pass visas varje ändring här, med skälet till den.</translation>
    </message>
    <message>
        <source>Show more changes</source>
        <translation>Visa fler ändringar</translation>
    </message>
    <message>
        <source>Report for healthcare</source>
        <translation>Rapport till vården</translation>
    </message>
    <message>
        <source>One or two pages to bring to your physiotherapist or doctor: your tests, your pain, your sessions and your program. Save it as a PDF file or print it.</source>
        <translation>En eller två sidor att ta med till din fysioterapeut eller läkare: dina tester, din smärta, dina pass och ditt program. Spara den som PDF-fil eller skriv ut den.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Spara rapport som PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Your diary and your sessions can also be saved as spreadsheet files (CSV), which Excel and similar programs open.</source>
        <translation>Din dagbok och dina pass kan också sparas som kalkylfiler (CSV), som Excel och liknande program kan öppna.</translation>
    </message>
    <message>
        <source>Save the diary as CSV</source>
        <translation>Spara dagboken som CSV</translation>
    </message>
    <message>
        <source>Save the sessions as CSV</source>
        <translation>Spara passen som CSV</translation>
    </message>
    <message>
        <source>Stands in 30 seconds: %1</source>
        <translation>Uppresningar på 30 sekunder: %1</translation>
    </message>
    <message>
        <source>Normal for your age: %1 stands, so your result is %2.</source>
        <translation>Vanligt för din ålder: %1 uppresningar, så ditt resultat ligger %2.</translation>
    </message>
    <message>
        <source>Against the start: %1</source>
        <translation>Jämfört med starten: %1</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (den här veckan)</translation>
    </message>
    <message>
        <source>The newest %1 weeks, this week first. The report sums up every week since the start.</source>
        <translation>De senaste %1 veckorna, den här veckan först. Rapporten sammanfattar alla veckor sedan starten.</translation>
    </message>
    <message>
        <source>Level %1: %2. %3.</source>
        <translation>Nivå %1: %2. %3.</translation>
    </message>
    <message>
        <source>After your session on %1:</source>
        <translation>Efter ditt pass %1:</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Skriv ut rapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder, such as Documents.</source>
        <translation>Rapporten gick inte att spara där. Välj en annan mapp, till exempel Dokument.</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>Rapporten är sparad: %1</translation>
    </message>
    <message>
        <source>The report could not be printed. Check that the printer is on, and try again.</source>
        <translation>Rapporten gick inte att skriva ut. Kontrollera att skrivaren är på och försök igen.</translation>
    </message>
    <message>
        <source>The report has been sent to the printer.</source>
        <translation>Rapporten har skickats till skrivaren.</translation>
    </message>
    <message>
        <source>Ledhälsa diary %1.csv</source>
        <translation>Ledhälsa dagbok %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, such as Documents.</source>
        <translation>Filen gick inte att spara där. Välj en annan mapp, till exempel Dokument.</translation>
    </message>
    <message>
        <source>The diary is saved: %1</source>
        <translation>Dagboken är sparad: %1</translation>
    </message>
    <message>
        <source>Ledhälsa sessions %1.csv</source>
        <translation>Ledhälsa träningspass %1.csv</translation>
    </message>
    <message>
        <source>The sessions are saved: %1</source>
        <translation>Passen är sparade: %1</translation>
    </message>
</context>
<context>
    <name>RedFlagStopPage</name>
    <message>
        <source>Tick the box only if a doctor or physiotherapist has said you may exercise. Otherwise, close the assessment and contact healthcare first.</source>
        <translation>Kryssa bara i rutan om en läkare eller fysioterapeut har sagt att du får träna. Annars avslutar du bedömningen och kontaktar vården först.</translation>
    </message>
    <message>
        <source>You answered yes to questions about</source>
        <translation>Du svarade ja på frågor om</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Avsluta bedömningen</translation>
    </message>
    <message>
        <source>You can do the assessment again later, once healthcare has checked you.</source>
        <translation>Du kan göra bedömningen igen senare, när vården har undersökt dig.</translation>
    </message>
    <message>
        <source>Read the lesson: When to contact healthcare</source>
        <translation>Läs lektionen När ska du kontakta vården?</translation>
    </message>
    <message>
        <source>Has healthcare already said yes?</source>
        <translation>Har vården redan sagt ja?</translation>
    </message>
    <message>
        <source>If a doctor or physiotherapist knows about this and has said that you may exercise, you can go on with the assessment.</source>
        <translation>Om en läkare eller fysioterapeut känner till det här och har sagt att du får träna, kan du fortsätta med bedömningen.</translation>
    </message>
    <message>
        <source>Healthcare has said I may exercise</source>
        <translation>Vården har sagt att jag får träna</translation>
    </message>
    <message>
        <source>A doctor or physiotherapist has said that I may exercise</source>
        <translation>En läkare eller fysioterapeut har sagt att jag får träna</translation>
    </message>
</context>
<context>
    <name>RedFlagsStep</name>
    <message>
        <source>Answer yes or no to this question.</source>
        <translation>Svara ja eller nej på den här frågan.</translation>
    </message>
    <message>
        <source>A few health questions</source>
        <translation>Några frågor om din hälsa</translation>
    </message>
    <message>
        <source>Some signs mean that a doctor should look at you before you start exercising on your own. Answer yes or no to each question.</source>
        <translation>Vissa tecken betyder att en läkare bör undersöka dig innan du börjar träna på egen hand. Svara ja eller nej på varje fråga.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Saved: reminder at %1</source>
        <translation>Sparat: påminnelse klockan %1</translation>
    </message>
    <message>
        <source>Ledhälsa could not be set to start with the computer: this computer did not let it write to %1. Everything else works as usual; you can start Ledhälsa yourself.</source>
        <translation>Det gick inte att ställa in att Ledhälsa startar med datorn: datorn lät inte programmet skriva i %1. Allt annat fungerar som vanligt, och du kan starta Ledhälsa själv.</translation>
    </message>
    <message>
        <source>Ledhälsa could not stop starting with the computer: %1 could not be removed.</source>
        <translation>Det gick inte att stänga av att Ledhälsa startar med datorn: %1 gick inte att ta bort.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Remind me on my training days</source>
        <translation>Påminn mig på mina träningsdagar</translation>
    </message>
    <message>
        <source>While Ledhälsa is running, a small message by the clock reminds you at the time below on the days you have chosen to exercise. Click it to begin.</source>
        <translation>När Ledhälsa är igång visas ett litet meddelande vid klockan på dina träningsdagar, vid tiden här nedanför. Klicka på meddelandet för att börja.</translation>
    </message>
    <message>
        <source>No reminders. Home still shows when it is a training day.</source>
        <translation>Inga påminnelser. Hem visar ändå när det är träningsdag.</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Tid för påminnelsen</translation>
    </message>
    <message>
        <source>Reminder at %1</source>
        <translation>Påminnelse klockan %1</translation>
    </message>
    <message>
        <source>− 15 min</source>
        <translation>− 15 min</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 minuter tidigare</translation>
    </message>
    <message>
        <source>+ 15 min</source>
        <translation>+ 15 min</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 minuter senare</translation>
    </message>
    <message>
        <source>Or choose a time:</source>
        <translation>Eller välj en tid:</translation>
    </message>
    <message>
        <source>Start Ledhälsa when the computer starts</source>
        <translation>Starta Ledhälsa när datorn startar</translation>
    </message>
    <message>
        <source>When you start the computer, Ledhälsa starts quietly as a small icon by the clock, without opening its window, so that the reminders come. Click the icon to open Ledhälsa.</source>
        <translation>När du startar datorn startar Ledhälsa i bakgrunden som en liten ikon vid klockan, utan att öppna sitt fönster, så att påminnelserna kommer. Klicka på ikonen för att öppna Ledhälsa.</translation>
    </message>
    <message>
        <source>Reminders come only while Ledhälsa is running. Tick this, and Ledhälsa starts quietly as a small icon by the clock when you start the computer.</source>
        <translation>Påminnelserna kommer bara när Ledhälsa är igång. Kryssa i här, så startar Ledhälsa i bakgrunden som en liten ikon vid klockan när du startar datorn.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Ledhälsa: your exercise program</source>
        <translation>Ledhälsa: ditt träningsprogram</translation>
    </message>
    <message>
        <source>Open Ledhälsa</source>
        <translation>Öppna Ledhälsa</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Dagens träning</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Ledhälsa is still here</source>
        <translation>Ledhälsa finns kvar</translation>
    </message>
    <message>
        <source>Ledhälsa keeps running as a small icon by the clock, so that it can remind you on your training days. Click the icon to open it again. To close it completely, click the icon and choose Quit.</source>
        <translation>Ledhälsa är fortfarande igång som en liten ikon vid klockan, så att programmet kan påminna dig på dina träningsdagar. Klicka på ikonen för att öppna det igen. Vill du stänga det helt klickar du på ikonen och väljer Avsluta.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Jag förstår</translation>
    </message>
    <message>
        <source>Time for today&apos;s session – about %1 minutes. Click here to begin.</source>
        <translation>Dags för dagens träning – ungefär %1 minuter. Klicka här för att börja.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Report for healthcare</source>
        <translation>Rapport till vården</translation>
    </message>
    <message>
        <source>Ledhälsa report %1.pdf</source>
        <translation>Ledhälsa rapport %1.pdf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>%1 (%2 years this year)</source>
        <translation>%1 (fyller %2 i år)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Week %1: keeping it going after the 12 weeks, 2 sessions a week</source>
        <translation>Vecka %1: underhåll efter de 12 veckorna, 2 pass i veckan</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Vecka %1 av 12</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>Träningsdagar</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Smärtdagbok</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 anteckningar</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>inga anteckningar</translation>
    </message>
    <message>
        <source>Pain now (0–10)</source>
        <translation>Smärta just nu (0–10)</translation>
    </message>
    <message>
        <source>Usual pain the week before (0–10)</source>
        <translation>Vanlig smärta veckan innan (0–10)</translation>
    </message>
    <message>
        <source>Function score (0–100, the program&apos;s own)</source>
        <translation>Funktionsvärde (0–100, programmets eget)</translation>
    </message>
    <message>
        <source>Chair stands in 30 seconds</source>
        <translation>Uppresningar på 30 sekunder</translation>
    </message>
    <message>
        <source>Normal range for age and sex</source>
        <translation>Vanligt för ålder och kön</translation>
    </message>
    <message>
        <source>Chair stands against the start</source>
        <translation>Uppresningar jämfört med start</translation>
    </message>
    <message>
        <source>Standing on one leg (seconds)</source>
        <translation>Stå på ett ben (sekunder)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Sessions done of planned</source>
        <translation>Gjorda pass av planerade</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Nivå nu</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dos nu</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Vid starten</translation>
    </message>
    <message>
        <source>Level %1, %2</source>
        <translation>Nivå %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, because %3.</source>
        <translation>%1: %2, eftersom %3.</translation>
    </message>
    <message>
        <source>… and %1 earlier.</source>
        <translation>… och %1 tidigare.</translation>
    </message>
    <message>
        <source>… and after %1 earlier sessions.</source>
        <translation>… och efter %1 tidigare pass.</translation>
    </message>
    <message>
        <source>The program has advised contacting a physiotherapist: the pain rose after exercise more than once within a short time.</source>
        <translation>Programmet har rått personen att kontakta en fysioterapeut: smärtan ökade efter träning mer än en gång inom kort tid.</translation>
    </message>
    <message>
        <source>Exercises made easier, and why:</source>
        <translation>Övningar som gjorts lättare, och varför:</translation>
    </message>
    <message>
        <source>Flares (periods of more pain and swelling than usual):</source>
        <translation>Skov (perioder med mer smärta och svullnad än vanligt):</translation>
    </message>
    <message>
        <source>At the first assessment, answered yes to: %1. Confirmed that a doctor or physiotherapist had approved exercise.</source>
        <translation>Vid den första bedömningen svarade ja på: %1. Bekräftade att en läkare eller fysioterapeut hade godkänt träning.</translation>
    </message>
    <message>
        <source>At the first assessment, answered no to every question about warning signs.</source>
        <translation>Vid den första bedömningen svarade nej på alla frågor om varningstecken.</translation>
    </message>
    <message>
        <source>%1: an assessment stopped at the warning signs, answered yes to: %2.</source>
        <translation>%1: en bedömning avbröts vid varningstecknen, svarade ja på: %2.</translation>
    </message>
    <message>
        <source>Warning signs (red flags):</source>
        <translation>Varningstecken (röda flaggor):</translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation>Inget särskilt att notera.</translation>
    </message>
    <message>
        <source>From Ledhälsa, a home exercise program for osteoarthritis. Made on %1.</source>
        <translation>Från Ledhälsa, ett träningsprogram för artros att göra hemma. Gjord den %1.</translation>
    </message>
    <message>
        <source>No program yet: the assessment that the program is made from has not been done.</source>
        <translation>Inget program än: bedömningen som programmet görs utifrån är inte gjord.</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Normal ranges: 30-second chair stand test, Rikli and Jones 1999 (25th to 75th percentile).</source>
        <translation>Vanliga värden: 30 sekunders uppresningstest, Rikli och Jones 1999 (25:e till 75:e percentilen).</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smärta</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Träningspass</translation>
    </message>
    <message>
        <source>The program now</source>
        <translation>Programmet nu</translation>
    </message>
    <message>
        <source>Worth noting</source>
        <translation>Att notera</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Choose at least %1 days a week to exercise.</source>
        <translation>Välj minst %1 träningsdagar i veckan.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ditt resultat</translation>
    </message>
    <message>
        <source>Thank you! Here is what your answers and tests show, and how your program will start.</source>
        <translation>Tack! Här ser du vad dina svar och test visar, och hur ditt program börjar.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smärta</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Vardagens sysslor</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Resa sig från en stol</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <source>Where you start</source>
        <translation>Här börjar du</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Så fortsätter det</translation>
    </message>
    <message>
        <source>Which days do you want to exercise?</source>
        <translation>Vilka dagar vill du träna?</translation>
    </message>
    <message>
        <source>Choose at least 2 days. Three days with a rest day between them is best, for example Monday, Wednesday and Friday. In weeks 1 and 2 you exercise on two of them.</source>
        <translation>Välj minst 2 dagar. Tre dagar med en vilodag emellan är bäst, till exempel måndag, onsdag och fredag. Vecka 1 och 2 tränar du två av dagarna.</translation>
    </message>
</context>
<context>
    <name>RetestResultPage</name>
    <message>
        <source>Your retest</source>
        <translation>Din uppföljning</translation>
    </message>
    <message>
        <source>Here is how you are doing now, compared with when you started.</source>
        <translation>Så här går det för dig nu, jämfört med när du började.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smärta</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Vardagens sysslor</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Resa sig från en stol</translation>
    </message>
    <message>
        <source>Keep going: exercising regularly is what makes the difference, and it keeps helping.</source>
        <translation>Fortsätt så: det är regelbunden träning som gör skillnad, och den fortsätter att hjälpa.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>Thank you for your answers</source>
        <translation>Tack för dina svar</translation>
    </message>
    <message>
        <source>You did not finish any exercise this time. That is all right.</source>
        <translation>Du gjorde inte klart någon övning den här gången. Det gör ingenting.</translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises:</source>
        <translation>Du gjorde %1 av %2 övningar:</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Nästa gång</translation>
    </message>
    <message>
        <source>If your pain is back to your usual level tomorrow:</source>
        <translation>Om smärtan är tillbaka på din vanliga nivå i morgon:</translation>
    </message>
    <message>
        <source>The same exercises at the same doses. The program only makes them harder after a session done in full, with pain at 4 or lower, that is back to usual the next day.</source>
        <translation>Samma övningar med samma mängd. Programmet gör dem svårare först efter ett pass som du gjort helt, med smärta på högst 4, och när det känns som vanligt igen dagen efter.</translation>
    </message>
    <message>
        <source>The pain went above 5. Next time will be a little lighter. If the pain has not settled by tomorrow, rest the joint a day; if it keeps coming back, talk to a physiotherapist.</source>
        <translation>Smärtan gick över 5. Nästa gång blir lite lättare. Om smärtan inte har lagt sig i morgon kan du vila leden en dag. Kommer den tillbaka gång på gång, prata med en fysioterapeut.</translation>
    </message>
    <message>
        <source>Read the lesson: Pain during exercise</source>
        <translation>Läs lektionen Smärta när du tränar</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Tillbaka till Hem</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Change to an easier level</source>
        <translation>Byt till en lättare nivå</translation>
    </message>
    <message>
        <source>Skip this exercise today</source>
        <translation>Hoppa över övningen i dag</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Fortsätt ändå</translation>
    </message>
    <message>
        <source>Good that you said so</source>
        <translation>Bra att du säger till</translation>
    </message>
    <message>
        <source>Stop for a moment. Pain up to 4 out of 10 is fine if it settles by the next day; sharp or increasing pain is a sign to do less. What would you like to do?</source>
        <translation>Stanna upp en stund. Smärta upp till 4 av 10 är okej om den har lagt sig till nästa dag. Skarp eller ökande smärta är ett tecken på att du ska göra mindre. Vad vill du göra?</translation>
    </message>
    <message>
        <source>End the session now?</source>
        <translation>Avsluta passet nu?</translation>
    </message>
    <message>
        <source>What you have done so far is kept. Then come three short questions about how it went.</source>
        <translation>Det du har gjort hittills sparas. Sedan kommer tre korta frågor om hur det gick.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Avsluta passet</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 · level %3: %4</source>
        <translation>Övning %1 av %2 · nivå %3: %4</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>Hastighet %1×</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Höger hand</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Höger ben</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Vänster hand</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Vänster ben</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Gör dig redo</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Håll %1</translation>
    </message>
    <message>
        <source>Rest %1</source>
        <translation>Vila %1</translation>
    </message>
    <message>
        <source>Change sides %1</source>
        <translation>Byt sida %1</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation>Starta övningen</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Hoppa över vilan</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nästa övning</translation>
    </message>
    <message>
        <source>Try the short sample session instead</source>
        <translation>Prova det korta provpasset i stället</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Dagens pass</translation>
    </message>
    <message>
        <source>About %1 minutes. The figure shows you each exercise, and you set the pace.</source>
        <translation>Ungefär %1 minuter. Figuren visar varje övning, och du bestämmer takten.</translation>
    </message>
    <message>
        <source>You have marked a flare: you can choose a lighter session today, and nothing gets harder until the flare is over.</source>
        <translation>Du har markerat ett skov: du kan välja ett lättare pass i dag, och inget blir svårare förrän skovet är över.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Starta dagens träning</translation>
    </message>
    <message>
        <source>Start a lighter session</source>
        <translation>Starta ett lättare pass</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>Passet är klart</translation>
    </message>
    <message>
        <source>You skipped the exercises this time. That is all right: try again when it suits you.</source>
        <translation>Du hoppade över övningarna den här gången. Det gör inget – prova igen när det passar dig.</translation>
    </message>
    <message>
        <source>You did the exercise. Well done! Regular exercise is what makes the difference.</source>
        <translation>Du gjorde övningen. Bra jobbat! Det är regelbundenheten som gör skillnad.</translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises. Well done! Regular exercise is what makes the difference.</source>
        <translation>Du gjorde %1 av %2 övningar. Bra jobbat! Det är regelbundenheten som gör skillnad.</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Tillbaka till Hem</translation>
    </message>
    <message>
        <source>Do the session again</source>
        <translation>Gör passet igen</translation>
    </message>
    <message>
        <source>Try a short session</source>
        <translation>Prova ett kort pass</translation>
    </message>
    <message>
        <source>See how exercising with Ledhälsa works: four calm exercises, about ten minutes. The figure shows you how, and you set the pace. Have a sturdy chair without wheels ready.</source>
        <translation>Se hur det går till att träna med Ledhälsa: fyra lugna övningar, ungefär tio minuter. Figuren visar hur du gör, och du bestämmer takten. Ha en stadig stol utan hjul i närheten.</translation>
    </message>
    <message>
        <source>Start the short session</source>
        <translation>Starta det korta passet</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Långsammare</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Snabbare</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spegelvänd</translation>
    </message>
    <message>
        <source>Show the figure from the other side</source>
        <translation>Visa figuren från andra hållet</translation>
    </message>
    <message>
        <source>Too painful / too hard</source>
        <translation>Det gör för ont / för svårt</translation>
    </message>
    <message>
        <source>Left arrow key</source>
        <translation>Vänsterpil</translation>
    </message>
    <message>
        <source>Right arrow key</source>
        <translation>Högerpil</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Mellanslag</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>This is how large the text is. Choose the size that is easiest for you to read.</source>
        <translation>Så här stor är texten. Välj den storlek som är lättast för dig att läsa.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <source>High contrast shows white text on a black background.</source>
        <translation>Hög kontrast visar vit text på svart botten.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Om dig</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on your computer, and nowhere else:</source>
        <translation>Allt du fyller i sparas i den här mappen på din dator, och ingen annanstans:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>About Ledhälsa</source>
        <translation>Om Ledhälsa</translation>
    </message>
    <message>
        <source>Ledhälsa version %1</source>
        <translation>Ledhälsa version %1</translation>
    </message>
    <message>
        <source>Software we build on</source>
        <translation>Programvara vi bygger på</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
</context>
<context>
    <name>StartupMessages</name>
    <message>
        <source>a newer version</source>
        <translation>en nyare version</translation>
    </message>
    <message>
        <source>Your data was saved by Ledhälsa %1, which is newer than this program. To keep your data safe, this program will not open it. Please install the newer version of Ledhälsa.</source>
        <translation>Dina uppgifter sparades av Ledhälsa %1, som är nyare än det här programmet. För att inget ska gå förlorat öppnar det här programmet inte uppgifterna. Installera den nyare versionen av Ledhälsa.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. It will be kept aside, not deleted, and there is no backup to go back to, so the program will start with empty data.</source>
        <translation>Din datafil gick inte att läsa eftersom den är skadad. Den läggs undan och tas inte bort. Det finns ingen säkerhetskopia att gå tillbaka till, så programmet startar utan uppgifter.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. It will be kept aside, not deleted. There is a backup from %1. Do you want to continue with that backup?</source>
        <translation>Din datafil gick inte att läsa eftersom den är skadad. Den läggs undan och tas inte bort. Det finns en säkerhetskopia från %1. Vill du fortsätta med den?</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1 in your data folder.</source>
        <translation>Den skadade filen finns kvar som %1 i din datamapp.</translation>
    </message>
    <message>
        <source>The program has started with empty data.</source>
        <translation>Programmet har startat utan uppgifter.</translation>
    </message>
    <message>
        <source>Your data from %1 is back.</source>
        <translation>Dina uppgifter från %1 är tillbaka.</translation>
    </message>
    <message>
        <source>What the computer reported: %1</source>
        <translation>Det här rapporterade datorn: %1</translation>
    </message>
    <message>
        <source>Ledhälsa is already open with this data folder. Do you want to switch to the open window?</source>
        <translation>Ledhälsa är redan öppet med den här datamappen. Vill du gå till det öppna fönstret?</translation>
    </message>
    <message>
        <source>Your data file has been dealt with</source>
        <translation>Så här tog vi hand om din datafil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Your data is from a newer version</source>
        <translation>Dina uppgifter kommer från en nyare version</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Use the backup</source>
        <translation>Använd säkerhetskopian</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Börja utan uppgifter</translation>
    </message>
    <message>
        <source>Your data file could not be read</source>
        <translation>Din datafil gick inte att läsa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 per cent</source>
        <translation>Textstorlek %1 procent</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Normal colours</source>
        <translation>Vanliga färger</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Mörk text på ljus botten</translation>
    </message>
    <message>
        <source>White text on a black background</source>
        <translation>Vit text på svart botten</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Keeping it up: week %1 since you started</source>
        <translation>Du håller i: vecka %1 sedan du började</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Vecka %1 av 12</translation>
    </message>
    <message>
        <source>This week: %1 of %2 sessions done.</source>
        <translation>Den här veckan: %1 av %2 pass gjorda.</translation>
    </message>
    <message>
        <source>You have exercised today. Well done!</source>
        <translation>Du har tränat i dag. Bra jobbat!</translation>
    </message>
    <message>
        <source>Next session: %1.</source>
        <translation>Nästa pass: %1.</translation>
    </message>
    <message>
        <source>Exercise again today</source>
        <translation>Träna igen i dag</translation>
    </message>
    <message>
        <source>Today is a training day: about %1 minutes.</source>
        <translation>I dag är en träningsdag: ungefär %1 minuter.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Starta dagens träning</translation>
    </message>
    <message>
        <source>Next session: %1. Rest days are part of the program.</source>
        <translation>Nästa pass: %1. Vilodagar hör också till programmet.</translation>
    </message>
    <message>
        <source>Exercise today anyway</source>
        <translation>Träna ändå i dag</translation>
    </message>
    <message>
        <source>See my program</source>
        <translation>Se mitt program</translation>
    </message>
    <message>
        <source>It is week %1: time for a short check of pain, daily activities and the chair test, to see what has changed since you started.</source>
        <translation>Nu är det vecka %1: dags för en kort koll av smärta, vardagssysslor och stoltestet, för att se vad som har ändrats sedan du började.</translation>
    </message>
    <message>
        <source>Do the week %1 check</source>
        <translation>Gör kollen för vecka %1</translation>
    </message>
    <message>
        <source>You marked a flare on %1. Nothing gets harder until it is over, and you can choose a lighter session. A short rest is fine; gentle movement usually helps.</source>
        <translation>Du markerade ett skov %1. Inget blir svårare förrän det är över, och du kan välja ett lättare pass. Det går bra att vila en kort tid, men lugn rörelse brukar hjälpa.</translation>
    </message>
    <message>
        <source>The flare is over</source>
        <translation>Skovet är över</translation>
    </message>
    <message>
        <source>I have a flare</source>
        <translation>Jag har ett skov</translation>
    </message>
    <message>
        <source>A flare is a period of more pain and swelling than usual. The program then holds back.</source>
        <translation>Ett skov är en period med mer smärta och svullnad än vanligt. Då håller programmet igen.</translation>
    </message>
    <message>
        <source>Talk to a physiotherapist</source>
        <translation>Prata med en fysioterapeut</translation>
    </message>
    <message>
        <source>The pain has gone up after exercising more than once lately. The program has made the exercises easier. Please talk to a physiotherapist about how to go on; in Sweden you can call 1177 for advice.</source>
        <translation>Smärtan har ökat efter träningen mer än en gång på sistone. Programmet har gjort övningarna lättare. Prata gärna med en fysioterapeut om hur du ska fortsätta. Du kan också ringa 1177 för råd.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Jag förstår</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>Up. Down. Hold. Well done!</source>
        <translation>Upp. Ner. Håll. Bra jobbat!</translation>
    </message>
    <message>
        <source>This computer has no voice for the language you have chosen, so nothing is read aloud.</source>
        <translation>Datorn har ingen röst för språket du har valt, så ingenting läses upp.</translation>
    </message>
    <message>
        <source>This computer has no voice for reading aloud, so nothing is read aloud.</source>
        <translation>Datorn har ingen röst för uppläsning, så ingenting läses upp.</translation>
    </message>
    <message>
        <source>Everything else works as usual.</source>
        <translation>Allt annat fungerar som vanligt.</translation>
    </message>
    <message>
        <source>In Windows, add a voice under Settings › Time &amp; language › Speech.</source>
        <translation>I Windows lägger du till en röst under Inställningar › Tid och språk › Tal.</translation>
    </message>
    <message>
        <source>On a Mac, add a voice under System Settings › Accessibility › Spoken Content.</source>
        <translation>På en Mac lägger du till en röst under Systeminställningar › Hjälpmedel › Talat innehåll.</translation>
    </message>
    <message>
        <source>On Linux, install the packages speech-dispatcher and espeak-ng, then restart Ledhälsa.</source>
        <translation>På Linux installerar du paketen speech-dispatcher och espeak-ng och startar sedan om Ledhälsa.</translation>
    </message>
    <message>
        <source>Read instructions aloud</source>
        <translation>Läs upp instruktionerna</translation>
    </message>
    <message>
        <source>No reading aloud</source>
        <translation>Ingen uppläsning</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Uppläsningens takt</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Långsamt</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalt</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Snabbt</translation>
    </message>
    <message>
        <source>Reading speed: %1</source>
        <translation>Uppläsningens takt: %1</translation>
    </message>
    <message>
        <source>Listen to a sample</source>
        <translation>Provlyssna</translation>
    </message>
</context>
<context>
    <name>WeeklyPlan</name>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Nivå %1: %2. %3</translation>
    </message>
    <message>
        <source>My exercise week</source>
        <translation>Min träningsvecka</translation>
    </message>
    <message>
        <source>Ledhälsa weekly plan %1.pdf</source>
        <translation>Ledhälsa veckoschema %1.pdf</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Håll igång</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Vecka %1 av 12</translation>
    </message>
    <message>
        <source>Put a cross in the box when you have done an exercise. Take your time, and rest between them.</source>
        <translation>Sätt ett kryss i rutan när du har gjort en övning. Ta den tid du behöver och vila mellan övningarna.</translation>
    </message>
    <message>
        <source>The whole session done</source>
        <translation>Hela passet klart</translation>
    </message>
    <message>
        <source>Some pain while exercising is all right, up to 4 of 10, if it has settled by the next day. If it hurts more than that, or is not better the next day, take it easier next time; if it keeps on, talk to a physiotherapist or call 1177.</source>
        <translation>Lite ont när du tränar är okej, upp till 4 av 10, om det har gått över till nästa dag. Gör det ondare än så, eller är det inte bättre nästa dag, så ta det lugnare nästa gång. Håller det i sig, prata med en fysioterapeut eller ring 1177.</translation>
    </message>
</context>
<context>
    <name>WeeklyPlanCard</name>
    <message>
        <source>Save the weekly plan as PDF</source>
        <translation>Spara veckoschemat som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Print the weekly plan</source>
        <translation>Skriv ut veckoschema</translation>
    </message>
    <message>
        <source>The weekly plan could not be saved there. Choose another folder, such as Documents.</source>
        <translation>Veckoschemat gick inte att spara där. Välj en annan mapp, till exempel Dokument.</translation>
    </message>
    <message>
        <source>The weekly plan is saved: %1</source>
        <translation>Veckoschemat är sparat: %1</translation>
    </message>
    <message>
        <source>The weekly plan could not be printed. Check that the printer is on, and try again.</source>
        <translation>Veckoschemat gick inte att skriva ut. Kontrollera att skrivaren är på och försök igen.</translation>
    </message>
    <message>
        <source>The weekly plan has been sent to the printer.</source>
        <translation>Veckoschemat har skickats till skrivaren.</translation>
    </message>
    <message>
        <source>Your week on paper</source>
        <translation>Din vecka på papper</translation>
    </message>
    <message>
        <source>A plan of this week&apos;s training days with your exercises and how much to do, in large print, with a box to tick for each one. Put it on the fridge door.</source>
        <translation>Ett schema över veckans träningsdagar med dina övningar och hur mycket du ska göra, i stor stil och med en ruta att kryssa i för varje övning. Sätt upp det på kylskåpsdörren.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Ledhälsa</source>
        <translation>Välkommen till Ledhälsa</translation>
    </message>
    <message>
        <source>Choose a text size</source>
        <translation>Välj textstorlek</translation>
    </message>
    <message>
        <source>What Ledhälsa does</source>
        <translation>Det här gör Ledhälsa</translation>
    </message>
    <message>
        <source>Your data stays with you</source>
        <translation>Dina uppgifter stannar hos dig</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>Vad vill du att vi kallar dig?</translation>
    </message>
    <message>
        <source>Choose the language you want to use. You can change it later in Settings.</source>
        <translation>Välj vilket språk du vill använda. Du kan byta senare under Inställningar.</translation>
    </message>
    <message>
        <source>Pick the size that is easiest to read. The whole program changes at once.</source>
        <translation>Välj den storlek som är lättast att läsa. Hela programmet ändras direkt.</translation>
    </message>
    <message>
        <source>Ledhälsa is a home exercise program for osteoarthritis of the knee, hip or hand, built on the same ideas as the exercise programs used in Swedish healthcare.</source>
        <translation>Ledhälsa är ett träningsprogram för hemmabruk vid artros i knä, höft eller hand. Det bygger på samma tankar som träningsprogrammen i svensk vård.</translation>
    </message>
    <message>
        <source>Everything you enter is saved only on this computer. There is no account, nothing is sent over the internet, and the program works without a connection. A backup copy is made automatically, and you can see the copies in Settings.</source>
        <translation>Allt du fyller i sparas bara på den här datorn. Du behöver inget konto, ingenting skickas över internet och programmet fungerar utan uppkoppling. En säkerhetskopia görs automatiskt, och du ser kopiorna under Inställningar.</translation>
    </message>
    <message>
        <source>If you like, write your first name so that the program can greet you. You can leave it empty.</source>
        <translation>Om du vill kan du skriva ditt förnamn, så hälsar programmet på dig. Du kan också lämna rutan tom.</translation>
    </message>
    <message>
        <source>This is how large the text will be. You can change it at any time in Settings.</source>
        <translation>Så här stor blir texten. Du kan ändra den när du vill under Inställningar.</translation>
    </message>
    <message>
        <source>It helps you to</source>
        <translation>Det hjälper dig att</translation>
    </message>
    <message>
        <source>• exercise regularly at home with clear instructions
• start at a gentle level and increase safely, step by step
• keep track of your pain and see your progress</source>
        <translation>• träna regelbundet hemma med tydliga instruktioner
• börja på en lagom nivå och öka tryggt, steg för steg
• hålla koll på smärtan och se hur det går framåt</translation>
    </message>
    <message>
        <source>It is not</source>
        <translation>Det är inte</translation>
    </message>
    <message>
        <source>• a medical product, and it does not replace a doctor or physiotherapist
• a place to seek help: if your symptoms are severe or getting worse, contact healthcare (in Sweden, call 1177)</source>
        <translation>• en medicinteknisk produkt, och det ersätter inte läkare eller fysioterapeut
• ett ställe att söka hjälp: har du svåra besvär eller blir det värre, kontakta vården (ring 1177)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Start using Ledhälsa</source>
        <translation>Börja använda Ledhälsa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
</context>
</TS>
